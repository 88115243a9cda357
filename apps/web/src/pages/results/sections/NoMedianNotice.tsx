import type { TextLanguage } from '@citymaturity/model';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { abbreviateList, noValue } from '../format.js';
import type { CharacteristicRow } from '../rows.js';

/** How many ids a notice lists before "and N more". */
const listed = 10;

/**
 * Says which characteristics have no median yet (everyone answered "don't know" or nothing), how
 * they are shown ("–") and that the roll-ups leave them out.
 */
export function NoMedianNotice({
  rows,
  lang,
  variant = 'alert',
}: {
  rows: readonly CharacteristicRow[];
  lang: TextLanguage;
  variant?: 'alert' | 'note';
}) {
  const { t } = useTranslation('results');
  if (rows.length === 0) return null;
  const list = abbreviateList(
    rows.map((r) => r.id),
    lang,
    listed,
    (rest) => t('noMedian.more', { count: rest }),
  );
  const text = t('noMedian.summary', { count: rows.length, list, dash: noValue });
  if (variant === 'note') return <p className="cm-r-note">{text}</p>;
  return (
    <Alert
      className="cm-r-notice"
      type="info"
      showIcon
      title={t('noMedian.title', { count: rows.length })}
      description={text}
    />
  );
}
