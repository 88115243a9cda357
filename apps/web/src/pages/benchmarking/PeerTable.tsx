import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeerMeasure } from '../../api/benchmarking.js';
import { useLang } from '../../components/lang.js';
import { ScrollTable } from '../results/sections/ResultSection.js';
import { distributionCounts, formatFigure, type ComparisonRow } from './comparison-logic.js';

const measures = ['current', 'target'] as const;

/**
 * Every figure behind a peer chart: per item and measure the city's value, the number of cities
 * with a value, the quartiles and median, the city's percentile rank in words, and how many cities
 * reached each level. A hidden measure says so across the peers' columns, never a number.
 */
export function PeerTable({
  rows,
  caption,
  minPeerCities,
  top,
}: {
  rows: readonly ComparisonRow[];
  caption: string;
  minPeerCities: number;
  top: number;
}) {
  const { t } = useTranslation('benchmarking');
  const lang = useLang();
  const levels = Array.from({ length: top }, (_, i) => i + 1);
  const figure = (value: number | null) => (value === null ? '—' : formatFigure(value, lang));

  const peerCells = (measure: PeerMeasure) =>
    measure.suppressed ? (
      <td colSpan={5 + top} className="cm-bm-hidden-cell" data-figure="hidden">
        {t('figures.hidden', { count: minPeerCities })}
      </td>
    ) : (
      <>
        <td className="cm-r-num" data-figure="n">
          {measure.n}
        </td>
        <td className="cm-r-num" data-figure="q1">
          {figure(measure.q1)}
        </td>
        <td className="cm-r-num" data-figure="median">
          {figure(measure.median)}
        </td>
        <td className="cm-r-num" data-figure="q3">
          {figure(measure.q3)}
        </td>
        <td data-figure="rank">
          {measure.percentileRank === null
            ? '—'
            : t('figures.rankWords', { rank: figure(measure.percentileRank) })}
        </td>
        {distributionCounts(measure, top).map((count, i) => (
          <td key={i} className="cm-r-num" data-figure={`level-${String(i + 1)}`}>
            {count}
          </td>
        ))}
      </>
    );

  return (
    <ScrollTable label={caption}>
      <table className="cm-r-table cm-bm-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('figures.item')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('figures.measure')}
            </th>
            <th scope="col" rowSpan={2} className="cm-r-num">
              {t('figures.city')}
            </th>
            <th scope="col" rowSpan={2} className="cm-r-num">
              {t('figures.n')}
            </th>
            <th scope="col" rowSpan={2} className="cm-r-num">
              {t('figures.q1')}
            </th>
            <th scope="col" rowSpan={2} className="cm-r-num">
              {t('figures.median')}
            </th>
            <th scope="col" rowSpan={2} className="cm-r-num">
              {t('figures.q3')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('figures.rank')}
            </th>
            <th scope="colgroup" colSpan={top}>
              {t('figures.distribution')}
            </th>
          </tr>
          <tr>
            {levels.map((level) => (
              <th key={level} scope="col" className="cm-r-num">
                {t('figures.level', { level })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Fragment key={row.id}>
              {measures.map((measure, i) => (
                <tr key={measure} data-item={row.id} data-measure={measure}>
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={2}>
                      {row.label}
                    </th>
                  )}
                  <th scope="row" className="cm-bm-measure">
                    {t(`figures.${measure}`)}
                  </th>
                  <td className="cm-r-num" data-figure="city">
                    {figure(row.item[measure].city)}
                  </td>
                  {peerCells(row.item[measure])}
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
