import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ComponentTracker } from '../../../api/programme-components.js';
import { useLang } from '../../../components/lang.js';
import { TableRegion } from '../../../components/TableRegion.js';
import { componentAnchor } from '../programme-logic.js';
import { useProgramme } from '../useProgramme.js';
import { formatLevel, rankedComponents, unrankedCodes } from './tracker-logic.js';

/** How many ranked components are shown before "show all". */
const firstCount = 5;

/**
 * Where the assessment's gaps point: the ranked components with their sum of gaps drawn as a bar
 * (the figure written next to it), the number of characteristics with a gap, the largest gap and
 * the recommendations done; how the priority is computed, in words.
 */
export function PriorityTable({ tracker }: { tracker: ComponentTracker }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { pack } = useProgramme();
  const { search } = useLocation();
  const [all, setAll] = useState(false);
  const ranked = rankedComponents(tracker);
  const shown = all ? ranked : ranked.slice(0, firstCount);
  const largest = Math.max(1, ...ranked.map((c) => c.priority?.gapSum ?? 0));
  const name = (code: string) => pack.components.find((c) => c.code === code)?.name[lang] ?? '';
  return (
    <section aria-labelledby="tracker-priorities" className="cm-section">
      <h2 id="tracker-priorities">{t('components.priorities.title')}</h2>
      {ranked.length === 0 ? (
        <p>{t('components.priorities.none')}</p>
      ) : (
        <>
          <TableRegion labelledBy="tracker-priorities">
            <table className="cm-table cm-pgc-priority">
              <thead>
                <tr>
                  <th scope="col">{t('components.priorities.rank')}</th>
                  <th scope="col">{t('components.priorities.component')}</th>
                  <th scope="col">{t('components.priorities.gapSum')}</th>
                  <th scope="col">{t('components.priorities.withGap')}</th>
                  <th scope="col">{t('components.priorities.gapMax')}</th>
                  <th scope="col">{t('components.priorities.done')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((c) => {
                  const priority = c.priority;
                  if (!priority) return null;
                  return (
                    <tr key={c.code}>
                      <td>{priority.rank}</td>
                      <th scope="row">
                        <Link to={{ search, hash: componentAnchor(c.code) }}>
                          <span className="cm-pg-code">{c.code}</span> {name(c.code)}
                        </Link>
                      </th>
                      <td>
                        <span className="cm-pgc-bar-cell">
                          <span
                            className="cm-pgc-bar"
                            aria-hidden="true"
                            style={{ width: `${String((priority.gapSum / largest) * 100)}%` }}
                          />
                          <span>{formatLevel(priority.gapSum, lang)}</span>
                        </span>
                      </td>
                      <td>{priority.characteristicsWithGap}</td>
                      <td>{formatLevel(priority.gapMax, lang)}</td>
                      <td>
                        {c.progress.applicable === 0
                          ? t('components.status.not-applicable')
                          : t('components.priorities.doneOf', {
                              done: c.progress.counts.done,
                              applicable: c.progress.applicable,
                            })}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableRegion>
          {ranked.length > firstCount && (
            <Button
              type="link"
              className="cm-pgc-more"
              aria-expanded={all}
              onClick={() => {
                setAll(!all);
              }}
            >
              {all
                ? t('components.priorities.showTop', { count: firstCount })
                : t('components.priorities.showAll', { count: ranked.length })}
            </Button>
          )}
        </>
      )}
      <p className="cm-pgc-how">
        {t('components.priorities.how', { codes: unrankedCodes(tracker).join(', ') })}
      </p>
    </section>
  );
}
