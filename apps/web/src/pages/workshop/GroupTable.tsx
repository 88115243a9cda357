import { WarningOutlined } from '@ant-design/icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopCharacteristic } from '../../api/workshop.js';
import type { Lang } from '../../components/lang.js';
import { formatMedian, formatShare, joinList } from '../results/format.js';

/**
 * The stakeholder groups' medians of a characteristic, current and in two years, with the groups
 * of a divergence flagged in words and with an icon ("groups differ by 2 levels or more"); groups
 * below the minimum size are named as left out, never shown.
 */
export function GroupTable({
  characteristic,
  groupName,
  suppressedGroups,
  minGroupSize,
  lang,
}: {
  characteristic: WorkshopCharacteristic;
  groupName: (key: string) => string;
  suppressedGroups: readonly string[];
  minGroupSize: number;
  lang: Lang;
}) {
  const { t } = useTranslation('workshop');
  const captionId = useId();
  const groups = Object.entries(characteristic.groups);
  const flagged = (group: string, measure: 'current' | 'target') =>
    characteristic.divergence.some((f) => f.measure === measure && f.groups.includes(group));

  return (
    <div className="cm-w-groups">
      {characteristic.divergence.length > 0 ? (
        <div className="cm-w-divergence" role="note">
          <WarningOutlined aria-hidden className="cm-w-divergence-icon" />
          <div>
            <p className="cm-w-strong">{t('groups.divergentTitle')}</p>
            <ul className="cm-plain-list">
              {characteristic.divergence.map((flag) => (
                <li key={flag.measure}>
                  {t('groups.divergentDetail', {
                    measure: t(`measure.${flag.measure}`),
                    spread: formatMedian(flag.spread, lang),
                    groups: joinList(
                      flag.groups.map(
                        (g) => `${groupName(g)} ${formatMedian(flag.medians[g], lang)}`,
                      ),
                      lang,
                    ),
                  })}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : (
        groups.length > 1 && <p>{t('groups.noDivergence')}</p>
      )}
      {groups.length === 0 ? (
        <p>{t('groups.none', { count: minGroupSize })}</p>
      ) : (
        <div className="cm-table-scroll" role="region" tabIndex={0} aria-labelledby={captionId}>
          <table className="cm-w-table">
            <caption id={captionId}>{t('groups.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('groups.group')}</th>
                <th scope="col" className="cm-w-num">
                  {t('groups.respondents')}
                </th>
                <th scope="col" className="cm-w-num">
                  {t('groups.medianCurrent')}
                </th>
                <th scope="col" className="cm-w-num">
                  {t('groups.medianTarget')}
                </th>
                <th scope="col" className="cm-w-num">
                  {t('groups.agreement')}
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.map(([group, measures]) => (
                <tr key={group}>
                  <th scope="row">{groupName(group)}</th>
                  <td className="cm-w-num">{measures.current.n}</td>
                  {(['current', 'target'] as const).map((measure) => (
                    <td key={measure} className="cm-w-num">
                      {formatMedian(measures[measure].median, lang)}
                      {flagged(group, measure) && (
                        <span className="cm-w-flag cm-w-block">
                          <WarningOutlined aria-hidden /> {t('groups.flag')}
                        </span>
                      )}
                    </td>
                  ))}
                  <td className="cm-w-num">{formatShare(measures.current.agreement, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="cm-muted cm-w-note">
        {t('groups.rule')}
        {suppressedGroups.length > 0 && lang !== 'zh' && ' '}
        {suppressedGroups.length > 0 &&
          t('groups.suppressed', {
            count: minGroupSize,
            groups: joinList(suppressedGroups.map(groupName), lang),
          })}
      </p>
    </div>
  );
}
