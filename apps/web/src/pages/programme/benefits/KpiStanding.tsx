import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../../api/programme-benefits.js';
import { formatDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { kpiGap } from './benefit-logic.js';

/**
 * Where a KPI stands, in words, with the figures the status follows from: the latest value, the
 * value the trajectory expects on its date, the gap and the tolerance (or why there is no status).
 */
export function KpiStanding({ kpi, value }: { kpi: Kpi; value: (v: number) => string }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { status, latest, expected, tolerance, target } = kpi.status;
  const gap = kpiGap(kpi);
  const targetText = target
    ? t('benefits.standing.target', {
        value: value(target.value),
        date: formatDate(target.on, lang),
      })
    : '';
  if (!latest)
    return (
      <p className="cm-bn-standing">{[t('benefits.standing.noData'), targetText].join(' ')}</p>
    );
  const latestText = t('benefits.standing.latest', {
    value: value(latest.value),
    date: formatDate(latest.on, lang),
  });
  if (status === 'no-trajectory')
    return (
      <p className="cm-bn-standing">
        {latestText} {t('benefits.standing.noTrajectory')}
      </p>
    );
  if (status === 'achieved')
    return (
      <p className="cm-bn-standing">
        {latestText} {t('benefits.standing.achieved')} {targetText}
      </p>
    );
  return (
    <p className="cm-bn-standing">
      {latestText}{' '}
      {expected !== null && t('benefits.standing.expected', { value: value(expected) })}{' '}
      {gap &&
        t(gap.better ? 'benefits.standing.better' : 'benefits.standing.worse', {
          value: value(gap.amount),
        })}{' '}
      {tolerance !== null && t('benefits.standing.tolerance', { value: value(tolerance) })}{' '}
      <strong>{t(`benefits.standing.${status === 'off-track' ? 'offTrack' : 'onTrack'}`)}</strong>{' '}
      {targetText}
    </p>
  );
}
