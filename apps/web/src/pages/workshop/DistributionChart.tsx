import { useTranslation } from 'react-i18next';
import type { LevelStatistics } from '../../api/workshop.js';
import type { Lang } from '../../components/lang.js';
import { formatMedian, formatShare } from '../results/format.js';
import { distributionBars, medianPosition } from './workshop-logic.js';
import './distribution-chart.css';

/**
 * The individual ratings of one measure as bars: one per level and one for "don't know", each
 * with its count written on it, and the median marked under the levels' axis with a triangle and
 * the word "median" (never by colour alone). The figure's accessible name says every count; the
 * same numbers are in the table of {@link DistributionTable}.
 */
export function DistributionChart({
  measure,
  statistics,
  levels,
  lang,
}: {
  measure: 'current' | 'target';
  statistics: LevelStatistics;
  levels: readonly number[];
  lang: Lang;
}) {
  const { t } = useTranslation('workshop');
  const bars = distributionBars(statistics, levels);
  const position = medianPosition(statistics.median, levels.length);
  const median = formatMedian(statistics.median, lang);
  const description = t('chart.description', {
    measure: t(`measure.${measure}`),
    counts: bars
      .map((bar) =>
        t('chart.count', {
          level:
            bar.level === 'unknown' ? t('level.unknown') : t('level.short', { level: bar.level }),
          count: bar.count,
        }),
      )
      .join(lang === 'zh' ? '；' : '; '),
    median,
  });
  // The level columns share the width with the "don't know" one (one column each).
  const levelShare = levels.length / (levels.length + 1);

  return (
    <figure className={`cm-w-chart cm-w-chart-${measure}`}>
      <figcaption className="cm-w-chart-caption">
        <span className="cm-w-chart-title">{t(`measure.${measure}`)}</span>
        <span>
          {t('chart.summary', {
            count: statistics.n,
            median,
            agreement: formatShare(statistics.agreement, lang),
          })}
        </span>
      </figcaption>
      <div role="img" aria-label={description} className="cm-w-chart-body">
        <div className="cm-w-bars" aria-hidden="true">
          {bars.map((bar) => (
            <div
              key={bar.level}
              className={`cm-w-bar-column${bar.level === 'unknown' ? ' cm-w-bar-unknown' : ''}`}
            >
              <span className="cm-w-bar-count">{bar.count}</span>
              <span className="cm-w-bar" style={{ height: `${String(bar.height * 100)}%` }} />
            </div>
          ))}
        </div>
        <div className="cm-w-axis" aria-hidden="true">
          {bars.map((bar) => (
            <span key={bar.level} className="cm-w-axis-label">
              {bar.level === 'unknown' ? t('level.unknownShort') : bar.level}
            </span>
          ))}
        </div>
        <div className="cm-w-median-row" aria-hidden="true">
          {position !== null && (
            <span
              className="cm-w-median"
              style={{ left: `${String(position * levelShare * 100)}%` }}
            >
              <span className="cm-w-median-mark">▲</span>
              <span className="cm-w-median-text">{t('chart.median', { median })}</span>
            </span>
          )}
        </div>
      </div>
    </figure>
  );
}

/** The numbers of both distribution charts: ratings per level, "don't know", median and agreement. */
export function DistributionTable({
  current,
  target,
  levels,
  lang,
  captionId,
}: {
  current: LevelStatistics;
  target: LevelStatistics;
  levels: readonly number[];
  lang: Lang;
  captionId: string;
}) {
  const { t } = useTranslation('workshop');
  const rows: { key: string; label: string; current: string; target: string }[] = [
    ...levels.map((level) => ({
      key: String(level),
      label: t('level.short', { level }),
      current: String(current.distribution[String(level)] ?? 0),
      target: String(target.distribution[String(level)] ?? 0),
    })),
    {
      key: 'unknown',
      label: t('level.unknown'),
      current: String(current.unknown),
      target: String(target.unknown),
    },
    {
      key: 'median',
      label: t('table.median'),
      current: formatMedian(current.median, lang),
      target: formatMedian(target.median, lang),
    },
    {
      key: 'agreement',
      label: t('table.agreement'),
      current: formatShare(current.agreement, lang),
      target: formatShare(target.agreement, lang),
    },
  ];
  return (
    <div className="cm-table-scroll" role="region" tabIndex={0} aria-labelledby={captionId}>
      <table className="cm-w-table">
        <caption id={captionId}>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.level')}</th>
            <th scope="col" className="cm-w-num">
              {t('measure.current')}
            </th>
            <th scope="col" className="cm-w-num">
              {t('measure.target')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="cm-w-num">{row.current}</td>
              <td className="cm-w-num">{row.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
