import { FileOutlined, LinkOutlined, MessageOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { WorkshopEvidence } from '../../api/workshop.js';
import { formatDateTime } from '../../components/format.js';
import type { Lang } from '../../components/lang.js';
import { formatFileSize } from './workshop-logic.js';

const kindIcon = {
  text: <MessageOutlined aria-hidden />,
  link: <LinkOutlined aria-hidden />,
  file: <FileOutlined aria-hidden />,
} as const;

/**
 * The evidence of the focus characteristic: the stakeholders' notes, links and files (with the
 * group they came from, when it may be shown) and what was attached to the consensus. Files can
 * be downloaded by those allowed to; the facilitator also sees who gave each item.
 */
export function EvidenceList({
  evidence,
  groupName,
  lang,
}: {
  evidence: readonly WorkshopEvidence[];
  groupName: (key: string) => string;
  lang: Lang;
}) {
  const { t } = useTranslation('workshop');
  if (evidence.length === 0) return <p>{t('evidence.none')}</p>;
  return (
    <ul className="cm-w-evidence">
      {evidence.map((item) => {
        const origin =
          item.source === 'consensus'
            ? t('evidence.fromConsensus')
            : item.group
              ? t('evidence.fromGroup', { group: groupName(item.group) })
              : t('evidence.fromStakeholder');
        const who = item.respondent?.name ?? item.addedBy ?? null;
        return (
          <li key={item.id} className="cm-w-evidence-item">
            <span className="cm-w-evidence-kind">
              {kindIcon[item.kind]}
              <span className="cm-visually-hidden">{t(`evidence.kind.${item.kind}`)}</span>
            </span>
            <div className="cm-w-evidence-body">
              {item.kind === 'text' && <p className="cm-pre-line">{item.body}</p>}
              {item.kind === 'link' && (
                <p>
                  <a href={item.body} target="_blank" rel="noopener noreferrer">
                    {item.body}
                  </a>
                </p>
              )}
              {item.kind === 'file' && (
                <p>
                  {item.file?.downloadPath ? (
                    <a href={item.file.downloadPath} download={item.body}>
                      {t('evidence.download', { name: item.body })}
                    </a>
                  ) : (
                    <span>{item.body}</span>
                  )}
                  {item.file && (
                    <span className="cm-muted">
                      {' '}
                      {t('evidence.fileFacts', {
                        type: item.file.mediaType,
                        size: formatFileSize(item.file.sizeBytes, lang),
                      })}
                    </span>
                  )}
                </p>
              )}
              <p className="cm-muted cm-w-evidence-meta">
                {origin}
                {who && ` · ${who}`} · {formatDateTime(item.createdAt, lang)}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
