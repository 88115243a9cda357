import type { Component } from '@citymaturity/model';
import { useLang } from '../../../components/lang.js';
import { PackNotes } from './PackText.js';

/** A component's recommendations as a checklist: id, text, sub-items and notes. */
export function RecommendationList({ component }: { component: Component }) {
  const lang = useLang();
  return (
    <ul className="cm-plain-list cm-pg-checklist">
      {component.recommendations.map((r) => (
        <li key={r.id} id={`recommendation-${r.id}`}>
          <span className="cm-pg-code">{r.id}</span>
          <div>
            <p>{r.text[lang]}</p>
            {r.items && r.items.length > 0 && (
              <ul>
                {r.items.map((item, i) => (
                  <li key={i}>{item[lang]}</li>
                ))}
              </ul>
            )}
            <PackNotes notes={r.notes} />
          </div>
        </li>
      ))}
    </ul>
  );
}
