import { useTranslation } from 'react-i18next';
import {
  policyProductStatuses,
  type InteroperabilityMatrix,
} from '../../../api/programme-components.js';
import { useLang } from '../../../components/lang.js';
import { formatScore, matrixTotals } from './matrix-logic.js';
import { ProductStatusBadge } from './ProductStatusBadge.js';

/** The whole matrix in one sentence: how many products, by status, and its score. */
export function MatrixSummary({ matrix }: { matrix: InteroperabilityMatrix }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const totals = matrixTotals(matrix);
  const score = matrix.summary.score;
  return (
    <section aria-labelledby="matrix-summary" className="cm-pgc-summary">
      <h2 id="matrix-summary">{t('interoperability.summaryTitle')}</h2>
      <ul className="cm-plain-list cm-pgc-legend">
        {[...policyProductStatuses].reverse().map((s) => (
          <li key={s}>
            <ProductStatusBadge status={s} /> {totals.counts[s]}
          </li>
        ))}
      </ul>
      <p>
        {t('interoperability.summary', {
          total: totals.total,
          own: totals.own,
          reviewed: totals.counts.reviewed,
          adopted: totals.counts.adopted,
          drafting: totals.counts.drafting,
          none: totals.counts.none,
          score: score === null ? t('interoperability.noScore') : formatScore(score, lang),
        })}
      </p>
    </section>
  );
}
