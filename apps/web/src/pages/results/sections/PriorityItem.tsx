import { levelLabel } from '@citymaturity/charts';
import type { GuidanceComponent, PlanFlag, Priority } from '@citymaturity/core';
import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatGap, formatMedian, inBrackets } from '../format.js';

/** How a priority is shown: collapsible recommendations on screen, everything written out in print. */
export type PriorityMode = 'screen' | 'print';

function Recommendations({
  component,
  lang,
}: {
  component: GuidanceComponent;
  lang: TextLanguage;
}) {
  return (
    <ul className="cm-r-recommendations cm-r-model-text">
      {component.recommendations.map((r) => (
        <li key={r.id}>
          {r.text[lang]}
          {r.items && r.items.length > 0 && (
            <ul>
              {r.items.map((item, i) => (
                <li key={i}>{item[lang]}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

function ComponentEntry({
  component,
  lang,
  mode,
  citedFirstBy,
}: {
  component: GuidanceComponent;
  lang: TextLanguage;
  mode: PriorityMode;
  /** In print: the rank of an earlier priority that already lists the recommendations. */
  citedFirstBy: number | undefined;
}) {
  const { t } = useTranslation('results');
  const title = (
    <>
      <span className="cm-r-strong">
        [{component.code}] {component.name[lang]}
      </span>{' '}
      <span className="cm-r-muted">
        {inBrackets(
          t(component.clause.includes('.') ? 'priorities.clause' : 'priorities.chapter', {
            clause: component.clause,
          }),
          lang,
        )}
      </span>
    </>
  );
  if (mode === 'print') {
    return (
      <li>
        {title}
        {citedFirstBy === undefined ? (
          <Recommendations component={component} lang={lang} />
        ) : (
          <p className="cm-r-muted">{t('priorities.seeAbove', { rank: citedFirstBy })}</p>
        )}
      </li>
    );
  }
  return (
    <li>
      <details className="cm-r-component">
        <summary>
          {title}{' '}
          <span className="cm-r-muted">
            · {t('priorities.recommendationCount', { count: component.recommendations.length })}
          </span>
        </summary>
        <Recommendations component={component} lang={lang} />
      </details>
    </li>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="cm-r-part">
      <h4>{title}</h4>
      {children}
    </div>
  );
}

/**
 * One priority: current → in 2 years (gap), the next level's criteria and the generic description
 * of that level for the characteristic's type, the ISO 37106 components with their
 * recommendations, supporting standards, other maturity models and ISO 18091 functions.
 */
export function PriorityItem({
  priority,
  model,
  lang,
  mode,
  plan,
  firstCitedBy,
}: {
  priority: Priority;
  model: ModelIndex;
  lang: TextLanguage;
  mode: PriorityMode;
  plan: PlanFlag | null;
  firstCitedBy?: ReadonlyMap<string, number>;
}) {
  const { t } = useTranslation('results');
  const g = priority.guidance;
  const type = model.pack.characteristic_types.find((c) => c.id === g.type);
  const headingId = `cm-priority-${priority.characteristic}`;
  const earlier = (code: string) => {
    const rank = firstCitedBy?.get(code);
    return rank !== undefined && rank < priority.rank ? rank : undefined;
  };
  return (
    <li className="cm-r-priority">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          <span className="cm-r-rank">{t('priorities.rank', { rank: priority.rank })}</span>{' '}
          {priority.characteristic} {priority.name[lang]}
        </h3>
        <p className="cm-r-priority-levels">
          {t('priorities.levels', {
            current: formatMedian(priority.current, lang),
            target: formatMedian(priority.target, lang),
            gap: formatGap(priority.gap, lang),
          })}
          {plan === 'ambitious-target' && (
            <Tag className="cm-r-tag cm-r-tag-status cm-r-tag-warning">
              {t('plan.short.ambitious-target')}
            </Tag>
          )}
        </p>
        {g.nextLevel !== null && g.nextCriteria && (
          <Part
            title={t('priorities.nextCriteria', { level: levelLabel(model, g.nextLevel, lang) })}
          >
            <p className="cm-r-model-text">{g.nextCriteria[lang]}</p>
          </Part>
        )}
        {g.nextLevel !== null && g.nextTypeDescription && (
          <Part
            title={t('priorities.typeDescription', {
              level: g.nextLevel,
              type: g.type,
              typeName: type?.name[lang] ?? g.type,
            })}
          >
            <p className="cm-r-model-text">{g.nextTypeDescription[lang]}</p>
          </Part>
        )}
        {g.nextLevel === null && <p>{t('priorities.noNextLevel')}</p>}
        <Part title={t('priorities.components')}>
          {g.components.length === 0 ? (
            <p>{t('priorities.noComponents')}</p>
          ) : (
            <ul className="cm-r-components">
              {g.components.map((c) => (
                <ComponentEntry
                  key={c.code}
                  component={c}
                  lang={lang}
                  mode={mode}
                  citedFirstBy={earlier(c.code)}
                />
              ))}
            </ul>
          )}
        </Part>
        {g.supportingDocuments.length > 0 && (
          <Part title={t('priorities.supporting')}>
            <ul className="cm-r-list">
              {g.supportingDocuments.map((d, i) => (
                <li key={i}>{d.text[lang]}</li>
              ))}
            </ul>
          </Part>
        )}
        {g.otherModels.length > 0 && (
          <Part title={t('priorities.otherModels')}>
            <ul className="cm-r-list">
              {g.otherModels.map((m) => (
                <li key={m.id}>
                  <span className="cm-r-strong">{m.name[lang]}</span>
                  {m.howToUse.map((h, i) => (
                    <p key={i}>{h[lang]}</p>
                  ))}
                </li>
              ))}
            </ul>
          </Part>
        )}
        {g.functions.length > 0 && (
          <Part title={t('priorities.functions')}>
            <ul className="cm-r-list">
              {g.functions.map((f) => (
                <li key={`${f.table}-${f.number}`}>
                  {f.name[lang]}{' '}
                  <span className="cm-r-muted">
                    {inBrackets(
                      t('priorities.functionRef', { table: f.table, number: f.number }),
                      lang,
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </Part>
        )}
      </article>
    </li>
  );
}
