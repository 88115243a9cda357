import { useTranslation } from 'react-i18next';
import type { Review, ReviewHistory } from '../../../api/programme-reviews.js';
import { formatNumber } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { TableRegion } from '../../../components/TableRegion.js';
import { ChangeText, RagBadge } from './Badges.js';
import { formatMean, formatMeanChange } from './review-logic.js';
import { useFactorName } from './useItemLabel.js';

/**
 * The figures of one review: how many items are rated; for the key success factors the red /
 * amber / green counts and each factor's RAG with its change since the previous review; for a
 * self-check the mean position and how many items sit at each value of the scale.
 */
export function ReviewSummaryView({
  history,
  review,
}: {
  history: Pick<ReviewHistory, 'kind' | 'scale'>;
  review: Review;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const factorName = useFactorName();
  const { summary } = review;
  const ksf = history.kind === 'key-success-factors';
  const count = (value: number) => summary.distribution.find((d) => d.value === value)?.count ?? 0;
  const figures: { key: string; value: string; label: string }[] = [
    {
      key: 'rated',
      value: t('reviewTool.ratedOf', {
        rated: formatNumber(summary.rated, lang),
        items: formatNumber(summary.items, lang),
      }),
      label: t(`reviewTool.ratedLabel.${history.kind}`),
    },
    ...(ksf
      ? (['red', 'amber', 'green'] as const).map((rag, i) => ({
          key: rag,
          value: formatNumber(count(i + 1), lang),
          label: t(`reviewTool.rag.${rag}.statements`),
        }))
      : [
          {
            key: 'mean',
            value: `${formatMean(summary.mean, lang)} / ${String(history.scale.max)}`,
            label: t('reviewTool.meanPosition'),
          },
          ...(review.changes
            ? [
                {
                  key: 'meanChange',
                  value: formatMeanChange(review.changes.meanChange, lang),
                  label: t('reviewTool.meanChange'),
                },
              ]
            : []),
        ]),
  ];

  return (
    <>
      <ul className="cm-rv-figures" aria-label={t('reviewTool.figures')}>
        {figures.map((f) => (
          <li key={f.key}>
            <strong>{f.value}</strong>
            <span>{f.label}</span>
          </li>
        ))}
      </ul>
      {!ksf && (
        <p className="cm-pg-text">
          {t('reviewTool.distribution')}{' '}
          {history.scale.values
            .map((v) =>
              t('reviewTool.distributionItem', {
                value: v.value,
                label: v.label[lang],
                count: count(v.value),
              }),
            )
            .join(lang === 'zh' ? '；' : '; ')}
        </p>
      )}
      {ksf && (
        <>
          <h3 id="factors-title">{t('reviewTool.factorsTitle')}</h3>
          <TableRegion labelledBy="factors-title">
            <table className="cm-table">
              <thead>
                <tr>
                  <th scope="col">{t('reviewTool.factor')}</th>
                  <th scope="col">{t('reviewTool.factorRag')}</th>
                  {(['red', 'amber', 'green'] as const).map((rag) => (
                    <th key={rag} scope="col" className="cm-right">
                      {t(`reviewTool.rag.${rag}.name`)}
                    </th>
                  ))}
                  <th scope="col" className="cm-right">
                    {t('reviewTool.notRated')}
                  </th>
                  {review.changes && <th scope="col">{t('reviewTool.sincePrevious')}</th>}
                </tr>
              </thead>
              <tbody>
                {summary.factors.map((f) => {
                  return (
                    <tr key={f.factorId}>
                      <th scope="row">{factorName(f.factorId)}</th>
                      <td>
                        <RagBadge rag={f.rag} />
                      </td>
                      <td className="cm-right">{f.counts.red}</td>
                      <td className="cm-right">{f.counts.amber}</td>
                      <td className="cm-right">{f.counts.green}</td>
                      <td className="cm-right">{f.counts.unrated}</td>
                      {review.changes && (
                        <td>
                          {(() => {
                            const c = review.changes.factors.find((x) => x.factorId === f.factorId);
                            return c ? (
                              <ChangeText change={c.change} previous={c.previous} now={c.rag} />
                            ) : null;
                          })()}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </>
  );
}
