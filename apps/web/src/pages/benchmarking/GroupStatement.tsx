import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PeerComparison } from '../../api/benchmarking.js';
import { formatDate } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { bandName } from './comparison-logic.js';

/**
 * What is compared with what, in words: the city's assessment, the peer group (its filter and
 * size, the city included), the date the peers are taken at, and the privacy threshold. A group
 * below the threshold says that every peer figure is hidden. Announced when it changes.
 */
export function GroupStatement({
  comparison,
  updating,
}: {
  comparison: PeerComparison;
  updating: boolean;
}) {
  const { t } = useTranslation('benchmarking');
  const lang = useLang();
  const { assessment, peerGroup } = comparison;
  const { filter } = peerGroup;
  const criteria = [
    filter.country && t('group.country', { country: filter.country }),
    filter.region && t('group.region', { region: filter.region }),
    filter.band && bandName(filter.band, lang),
    filter.kind && t(`organisation:kinds.${filter.kind}`),
  ].filter((c): c is string => Boolean(c));
  const small = peerGroup.size < peerGroup.minPeerCities;

  return (
    <div className="cm-bm-group">
      {/* Announces the new group when a filter changes it. */}
      <p role="status" className={updating ? 'cm-bm-updating' : 'cm-visually-hidden'}>
        {updating ? t('group.updating') : t('group.sizeValue', { count: peerGroup.size })}
      </p>
      <dl className="cm-r-facts">
        <div>
          <dt>{t('group.compared')}</dt>
          <dd data-testid="compared-assessment">
            {t('group.assessment', {
              title: assessment.title,
              date: formatDate(assessment.date, lang),
            })}
            {assessment.audited && ` · ${t('group.audited')}`}
          </dd>
        </div>
        <div>
          <dt>{t('group.peers')}</dt>
          <dd>{criteria.length > 0 ? criteria.join(' · ') : t('group.whole')}</dd>
        </div>
        <div>
          <dt>{t('group.size')}</dt>
          <dd>
            <strong data-testid="group-size">
              {t('group.sizeValue', { count: peerGroup.size })}
            </strong>
          </dd>
        </div>
        <div>
          <dt>{t('group.asOf')}</dt>
          <dd>{peerGroup.asOf ? formatDate(peerGroup.asOf, lang) : t('group.latest')}</dd>
        </div>
      </dl>
      <p className="cm-bm-text">{t('group.threshold', { count: peerGroup.minPeerCities })}</p>
      {small && (
        <Alert
          type="warning"
          showIcon
          className="cm-bm-notice"
          title={t('group.tooSmall', { count: peerGroup.minPeerCities, size: peerGroup.size })}
          description={t('group.tooSmallHint')}
        />
      )}
    </div>
  );
}
