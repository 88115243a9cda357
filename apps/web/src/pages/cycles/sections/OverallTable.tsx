import type { TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import type { Cycle, TrendPoint } from '../../../api/cycles.js';
import { formatGap, formatRollup } from '../../results/format.js';
import { CaptionedTable } from '../../results/sections/CaptionedTable.js';
import { changeOf, directionSymbols, type Measure } from '../trend-logic.js';
import { RatedText } from './CycleBits.js';

function Change({
  point,
  measure,
  lang,
}: {
  point: TrendPoint | undefined;
  measure: Measure;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('cycles');
  if (!point) return <td className="cm-r-num">–</td>;
  const change = changeOf(point, measure);
  if (change.direction === 'none')
    return <td className="cm-r-num">{point.change ? '–' : t('table.firstCycle')}</td>;
  return (
    <td className={`cm-r-num cm-cy-change-${change.direction}`}>
      <span aria-hidden="true">{directionSymbols[change.direction]} </span>
      <span className="cm-r-sr-only">{t(`change.${change.direction}`)} </span>
      {formatGap(change.delta, lang, 'rollup')}
    </td>
  );
}

/**
 * The overall chart's numbers: per cycle the overall current level and target, their changes, and
 * over how many characteristics the means are taken.
 */
export function OverallTable({
  cycles,
  points,
  labels,
  lang,
}: {
  cycles: readonly Cycle[];
  points: readonly TrendPoint[];
  labels: readonly string[];
  lang: TextLanguage;
}) {
  const { t } = useTranslation('cycles');
  return (
    <CaptionedTable
      caption={t('overall.tableCaption')}
      columns={[
        { key: 'cycle', label: t('table.cycle') },
        { key: 'current', label: t('measure.current'), align: 'num' },
        { key: 'changeCurrent', label: t('table.changeCurrent'), align: 'num' },
        { key: 'target', label: t('measure.target'), align: 'num' },
        { key: 'changeTarget', label: t('table.changeTarget'), align: 'num' },
        { key: 'counted', label: t('overall.counted') },
      ]}
    >
      <tbody>
        {cycles.map((cycle, i) => (
          <tr key={cycle.assessmentId}>
            <th scope="row">
              {labels[i]} · {cycle.title}
              {cycle.provisional && ` (${t('provisional.short')})`}
            </th>
            <td className="cm-r-num">{formatRollup(points[i]?.current, lang)}</td>
            <Change point={points[i]} measure="current" lang={lang} />
            <td className="cm-r-num">{formatRollup(points[i]?.target, lang)}</td>
            <Change point={points[i]} measure="target" lang={lang} />
            <td>
              <RatedText rated={cycle.overall.rated} />
            </td>
          </tr>
        ))}
      </tbody>
    </CaptionedTable>
  );
}
