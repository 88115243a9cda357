import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
} from '@ant-design/icons';
import { realisationStyles, type RealisationChartStatus } from '@citymaturity/charts';
import type { TextLanguage } from '@citymaturity/model';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Elapsed, RatedCount } from '../../../api/cycles.js';
import { localeOf } from '../../results/format.js';

/** Months to at most one decimal in the language ("24", "8.5"). */
export function formatMonths(months: number, lang: TextLanguage): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(months);
}

/**
 * The time since the previous cycle against the two years a plan looks ahead: the months and,
 * in words, what it means (an icon beside, never the colour alone).
 */
export function ElapsedNote({ elapsed, lang }: { elapsed: Elapsed; lang: TextLanguage }) {
  const { t } = useTranslation('cycles');
  const icon =
    elapsed.flag === 'as-planned' ? <CheckCircleOutlined /> : <ExclamationCircleOutlined />;
  return (
    <span className={`cm-cy-elapsed cm-cy-elapsed-${elapsed.flag}`}>
      <span aria-hidden="true" className="cm-cy-elapsed-icon">
        {icon}
      </span>
      {t(`elapsed.${elapsed.flag}`, { months: formatMonths(elapsed.months, lang) })}
    </span>
  );
}

/** "Provisional": a draft counted as a cycle (its levels may still change). */
export function ProvisionalTag() {
  const { t } = useTranslation('cycles');
  return (
    <Tag color="gold" icon={<ClockCircleOutlined aria-hidden />} className="cm-tag-strong">
      {t('provisional.tag')}
    </Tag>
  );
}

/** A plan-realisation status: its symbol and its name in words. */
export function StatusLabel({ status }: { status: RealisationChartStatus }) {
  const { t } = useTranslation('cycles');
  return (
    <span className={`cm-cy-status cm-cy-status-${status}`}>
      <span aria-hidden="true" className="cm-cy-status-symbol">
        {realisationStyles[status].symbol}
      </span>{' '}
      {t(`realisation.status.${status}`)}
    </span>
  );
}

/**
 * Over how many characteristics a roll-up's means are taken: "the mean of 31 of 32
 * characteristics", or both measures when they differ.
 */
export function RatedText({ rated }: { rated: RatedCount }) {
  const { t } = useTranslation('cycles');
  return (
    <>
      {rated.current === rated.target
        ? t('rated.same', { rated: rated.current, of: rated.of })
        : t('rated.differs', { current: rated.current, target: rated.target, of: rated.of })}
    </>
  );
}
