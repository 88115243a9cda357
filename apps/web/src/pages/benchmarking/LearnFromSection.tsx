import { useTranslation } from 'react-i18next';
import type { PeerComparison } from '../../api/benchmarking.js';
import type { ModelIndex } from '@citymaturity/model';
import { useLang } from '../../components/lang.js';
import { ResultSection } from '../results/sections/ResultSection.js';
import { learnFromRows } from './comparison-logic.js';

/**
 * "Learn from": per characteristic, the peers of the group at level 4 or 5 that agreed to be
 * contacted, named only if they agreed to be named. Consented disclosure, not an aggregate: it is
 * given whatever the size of the group.
 */
export function LearnFromSection({
  comparison,
  model,
}: {
  comparison: PeerComparison;
  model: ModelIndex;
}) {
  const { t } = useTranslation('benchmarking');
  const lang = useLang();
  const rows = learnFromRows(comparison, model, lang);
  return (
    <ResultSection id="learn-from" title={t('learn.title')} intro={<p>{t('learn.intro')}</p>}>
      {rows.length === 0 ? (
        <p>{t('learn.empty')}</p>
      ) : (
        <ul className="cm-bm-learn">
          {rows.map((row) => (
            <li key={row.id}>
              <details className="cm-r-how">
                <summary>{t('learn.summary', { label: row.label, count: row.total })}</summary>
                <ul className="cm-bm-list">
                  {row.peers.map((peer) => (
                    <li key={`${peer.contact.email}-${String(peer.level)}`}>
                      <strong>{peer.name ? peer.name[lang] : t('learn.unnamed')}</strong>
                      {' · '}
                      {t('learn.level', { level: peer.level })}
                      {' · '}
                      {t('learn.contact', { name: peer.contact.name })}{' '}
                      <a href={`mailto:${peer.contact.email}`}>{peer.contact.email}</a>
                    </li>
                  ))}
                </ul>
                {row.total > row.peers.length && (
                  <p className="cm-r-note">
                    {t('learn.more', { shown: row.peers.length, total: row.total })}
                  </p>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
    </ResultSection>
  );
}
