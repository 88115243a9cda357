import { CheckCircleOutlined } from '@ant-design/icons';
import type { Level } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import type { ConsensusItem } from '../../api/workshop.js';
import { formatDateTime } from '../../components/format.js';
import type { Lang } from '../../components/lang.js';

/** "Level 3 · Defined", "Don't know", or "–" for an agreed level. */
export function useAgreedLevelText(levels: readonly Level[], lang: Lang) {
  const { t } = useTranslation('workshop');
  return (value: number | 'unknown' | null): string => {
    if (value === null) return '–';
    if (value === 'unknown') return t('level.unknown');
    const level = levels.find((l) => l.level === value);
    return level ? t('level.title', { level: value, name: level.name[lang] }) : String(value);
  };
}

/** What the workshop recorded for the characteristic: the agreed levels, rationale and dissent. */
export function ConsensusSummary({
  item,
  levels,
  lang,
}: {
  item: ConsensusItem | null;
  levels: readonly Level[];
  lang: Lang;
}) {
  const { t } = useTranslation('workshop');
  const levelText = useAgreedLevelText(levels, lang);
  if (!item) return <p>{t('consensus.notYet')}</p>;
  const changed = item.updatedBy
    ? t('consensus.changedBy', {
        name: item.updatedBy.displayName,
        at: formatDateTime(item.updatedAt, lang),
      })
    : t('consensus.changedAt', { at: formatDateTime(item.updatedAt, lang) });
  if (!item.agreed)
    return (
      <p>
        {t('consensus.reopened')} <span className="cm-muted">{changed}</span>
      </p>
    );
  return (
    <div className="cm-w-consensus">
      <p className="cm-w-agreed">
        <CheckCircleOutlined aria-hidden /> {t('consensus.agreed')}
      </p>
      <dl className="cm-w-facts">
        <div>
          <dt>{t('measure.current')}</dt>
          <dd className="cm-w-strong">{levelText(item.current)}</dd>
        </div>
        <div>
          <dt>{t('measure.target')}</dt>
          <dd className="cm-w-strong">{levelText(item.target)}</dd>
        </div>
        <div>
          <dt>{t('consensus.rationale')}</dt>
          <dd className="cm-pre-line">{item.rationale || t('consensus.noRationale')}</dd>
        </div>
        <div>
          <dt>{t('consensus.dissent')}</dt>
          <dd className="cm-pre-line">{item.dissent || t('consensus.noDissent')}</dd>
        </div>
      </dl>
      <p className="cm-muted">{changed}</p>
    </div>
  );
}
