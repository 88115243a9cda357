import type { Component } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../../components/lang.js';
import { clauseText, codeAnchor, componentAnchor } from '../programme-logic.js';
import { programmePath } from '../tools.js';
import { useProgramme } from '../useProgramme.js';
import { PackNotes, SourceLine } from './PackText.js';
import { RecommendationList } from './RecommendationList.js';

/**
 * One component of the operating model: code and name, clause, what it is for, its
 * recommendations (folded, as the checklist to work through), the components it relates to and
 * the pack's notes.
 */
export function ComponentEntry({ component, level }: { component: Component; level: 3 | 4 }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const Heading = level === 3 ? 'h3' : 'h4';
  const id = componentAnchor(component.code);
  return (
    <article aria-labelledby={`${id}-title`} id={id} className="cm-pg-block" tabIndex={-1}>
      <Heading id={`${id}-title`}>
        <span className="cm-pg-code">{component.code}</span> {component.name[lang]}
      </Heading>
      <p className="cm-pg-meta">
        {t('components.summaryClause', {
          clause: clauseText(component.clause, lang),
          summary: component.summary_clause,
        })}
      </p>
      <p>{component.summary[lang]}</p>
      <details className="cm-pg-recommendations">
        <summary>
          {t('components.recommendations', { count: component.recommendations.length })}
        </summary>
        <RecommendationList component={component} />
      </details>
      <ComponentRelated component={component} />
    </article>
  );
}

/** A component's related components (linked to the tracker), the pack's notes and the source. */
export function ComponentRelated({ component }: { component: Component }) {
  const { t } = useTranslation('programme');
  const { pack, organisationId } = useProgramme();
  const tracker = programmePath(organisationId, 'components');
  return (
    <>
      {component.related && component.related.length > 0 && (
        <p className="cm-pg-related">
          {t('components.related')}{' '}
          {component.related.map((code, i) => (
            <span key={code}>
              {i > 0 && ' '}
              <Link to={`${tracker}#${codeAnchor(pack, code)}`}>{code}</Link>
            </span>
          ))}
        </p>
      )}
      <PackNotes notes={component.notes} />
      <SourceLine source={component.source} />
    </>
  );
}
