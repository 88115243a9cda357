import { FileOutlined, LinkOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { evidenceFilePath, useCharacteristicEvidence, type EvidenceItem } from '../../api/audit.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { formatDateTime } from '../../components/format.js';
import type { Lang } from '../../components/lang.js';
import { formatFileSize } from '../workshop/workshop-logic.js';
import { groupNamer } from '../workshop/group-names.js';
import { groupEvidence } from './audit-logic.js';

/** Who added an evidence item, in words. */
function ownerName(item: EvidenceItem): string | undefined {
  if (item.owner.kind === 'user') return item.owner.displayName;
  if (item.owner.kind === 'invited-stakeholder') return item.owner.name;
  return undefined;
}

/**
 * The evidence of a characteristic as the auditor reviews it: per respondent (with their
 * stakeholder group) and for the workshop's consensus, every note, link and file (to download),
 * each with its date and who added it.
 */
export function AuditEvidence({
  organisationId,
  assessmentId,
  characteristicId,
  lang,
}: {
  organisationId: string;
  assessmentId: string;
  characteristicId: string;
  lang: Lang;
}) {
  const { t } = useTranslation('audit');
  const query = useCharacteristicEvidence(organisationId, assessmentId, characteristicId, true);
  const groupName = groupNamer(undefined, lang);

  let body;
  if (query.isPending) body = <p>{t('common:loading')}</p>;
  else if (query.isError)
    body = <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.length === 0) body = <p className="cm-muted">{t('evidence.none')}</p>;
  else
    body = groupEvidence(query.data).map((group) => (
      <div key={group.key} className="cm-au-evidence-group">
        <Typography.Title level={4}>
          {group.kind === 'consensus'
            ? t('evidence.consensus')
            : group.stakeholderGroup
              ? t('evidence.respondentInGroup', {
                  name: group.name,
                  group: groupName(group.stakeholderGroup),
                })
              : group.name}
        </Typography.Title>
        <ul className="cm-plain-list cm-au-evidence-list">
          {group.items.map((item) => {
            const owner = ownerName(item);
            const when = formatDateTime(item.createdAt, lang);
            return (
              <li key={item.id} className="cm-au-evidence-item">
                {item.kind === 'text' && <p className="cm-pre-line cm-au-note">{item.body}</p>}
                {item.kind === 'link' && (
                  <a href={item.body} target="_blank" rel="noopener noreferrer">
                    <LinkOutlined aria-hidden /> {item.body}
                    <span className="cm-visually-hidden"> {t('evidence.newWindow')}</span>
                  </a>
                )}
                {item.kind === 'file' && (
                  <a href={evidenceFilePath(organisationId, assessmentId, item.id)} download>
                    <FileOutlined aria-hidden /> {item.file?.name ?? item.body}
                    {item.file && (
                      <span className="cm-muted">
                        {' '}
                        ({item.file.mediaType}, {formatFileSize(item.file.size, lang)})
                      </span>
                    )}
                  </a>
                )}
                <div className="cm-muted cm-au-evidence-meta">
                  {owner ? t('evidence.addedBy', { name: owner, at: when }) : when}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    ));

  return (
    <div className="cm-au-block">
      <Typography.Title level={3}>{t('evidence.title')}</Typography.Title>
      {body}
    </div>
  );
}
