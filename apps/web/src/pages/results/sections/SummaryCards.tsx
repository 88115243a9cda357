import type { AssessmentScore } from '@citymaturity/core';
import type { ModelIndex } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { abbreviateList, formatGap, formatRollup, joinList, textLanguage } from '../format.js';
import { summaryRows, type SummaryRow } from '../rows.js';

function SummaryCard({ row, lang }: { row: SummaryRow; lang: 'zh' | 'en' }) {
  const { t } = useTranslation('results');
  const rollup = row.rollup;
  const headingId = `cm-summary-${row.id}`;
  const scope =
    row.dimensions.length === 0
      ? t('summary.scopeAll')
      : t('summary.scopeDimensions', { dimensions: joinList(row.dimensions, lang) });
  const unrated = [
    ...new Set([...(rollup?.unrated.current ?? []), ...(rollup?.unrated.target ?? [])]),
  ];
  return (
    <div className="cm-r-card" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="cm-r-card-title">
        {row.name}
      </h3>
      <dl className="cm-r-figures">
        <div>
          <dt>{t('measure.current')}</dt>
          <dd className="cm-r-figure cm-r-current">{formatRollup(rollup?.current, lang)}</dd>
        </div>
        <div>
          <dt>{t('measure.target')}</dt>
          <dd className="cm-r-figure cm-r-target">{formatRollup(rollup?.target, lang)}</dd>
        </div>
        <div>
          <dt>{t('measure.gap')}</dt>
          <dd className="cm-r-figure">{formatGap(rollup?.gap, lang, 'rollup')}</dd>
        </div>
      </dl>
      <details className="cm-r-how">
        <summary>{t('summary.how')}</summary>
        <p>
          {t('summary.rule', { count: rollup?.characteristics ?? 0, scope })} {t('rules.median')}{' '}
          {t('rules.gap')}
        </p>
        {unrated.length > 0 && (
          <p>
            {t('noMedian.leftOut', {
              count: unrated.length,
              list: abbreviateList(unrated, lang, 10, (rest) =>
                t('noMedian.more', { count: rest }),
              ),
            })}
          </p>
        )}
      </details>
    </div>
  );
}

/** Overall, smart enablers (dimensions 1–3) and purposes (dimension 4): current, in 2 years, gap. */
export function SummaryCards({ score, model }: { score: AssessmentScore; model: ModelIndex }) {
  const { t, i18n } = useTranslation('results');
  const lang = textLanguage(i18n.language);
  const rows = summaryRows(score, model, lang, t('summary.overall'));
  return (
    <div className="cm-r-cards">
      {rows.map((row) => (
        <SummaryCard key={row.id} row={row} lang={lang} />
      ))}
    </div>
  );
}
