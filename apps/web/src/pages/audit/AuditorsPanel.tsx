import { UserAddOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del } from '../../api/client.js';
import { useAuditors, type Audit, type AuditorInvitation } from '../../api/audit.js';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.js';
import { formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { assessmentPath } from '../../components/queries.js';
import { InviteAuditorForm } from './InviteAuditorForm.js';
import { SetupLinkPanel } from './SetupLinkPanel.js';

/**
 * The organisation administrator's side of the audit: the auditor invited (whether they have set
 * their password, how far their audit is), ending their access, and inviting one when there is
 * none (one auditor per assessment; none after the statement was issued).
 */
export function AuditorsPanel({
  organisationId,
  assessmentId,
  audit,
}: {
  organisationId: string;
  assessmentId: string;
  audit: Audit | null | undefined;
}) {
  const { t } = useTranslation('audit');
  const lang = useLang();
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const auditors = useAuditors(organisationId, assessmentId, true);
  const [issued, setIssued] = useState<AuditorInvitation | undefined>();
  const [inviting, setInviting] = useState(false);

  const refresh = async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: ['auditors', organisationId, assessmentId] }),
      client.invalidateQueries({ queryKey: ['audit', organisationId, assessmentId] }),
      client.invalidateQueries({ queryKey: ['assessment', organisationId, assessmentId] }),
    ]);
  };

  const revoke = (userId: string, name: string, auditIssued: boolean) => {
    modal.confirm({
      title: t('auditors.revokeTitle', { name }),
      content: auditIssued ? t('auditors.revokeIssued') : t('auditors.revokeOpen'),
      okText: t('auditors.revokeOk'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      onOk: async () => {
        try {
          await del(
            `${assessmentPath(organisationId, assessmentId)}/auditors/${encodeURIComponent(userId)}`,
          );
          void message.success(t('auditors.revoked', { name }));
          await refresh();
        } catch (e) {
          void message.error(errorMessage(e, t('common:errors.unknown')));
        }
      },
    });
  };

  if (auditors.isPending) return <p>{t('common:loading')}</p>;
  if (auditors.isError)
    return <ErrorAlert error={auditors.error} onRetry={() => void auditors.refetch()} />;

  const list = auditors.data;
  return (
    <div className="cm-au-auditors">
      <Typography.Title level={3}>{t('auditors.title')}</Typography.Title>
      {list.length === 0 ? (
        <p className="cm-muted">{t('auditors.none')}</p>
      ) : (
        <ul className="cm-plain-list">
          {list.map((a) => (
            <li key={a.userId} className="cm-au-auditor">
              <div className="cm-au-auditor-main">
                <div>
                  <strong>{a.displayName}</strong>
                  {a.audit?.organisation ? ` · ${a.audit.organisation}` : ''}
                </div>
                <div className="cm-muted">{a.email}</div>
                <div className="cm-muted">
                  {t('auditors.invitedAt', { at: formatDateTime(a.invitedAt, lang) })}
                </div>
                <div className="cm-au-tags">
                  <Tag color={a.accountReady ? 'green' : 'gold'}>
                    {a.accountReady ? t('auditors.accountReady') : t('auditors.accountPending')}
                  </Tag>
                  {a.audit && (
                    <Tag color={a.audit.status === 'issued' ? 'green' : 'blue'}>
                      {t(`status.${a.audit.status}`)}
                    </Tag>
                  )}
                </div>
              </div>
              <Button
                danger
                onClick={() => {
                  revoke(a.userId, a.displayName, a.audit?.status === 'issued');
                }}
              >
                {t('auditors.revoke')}
                <span className="cm-visually-hidden">: {a.displayName}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {issued && (
        <SetupLinkPanel
          invitation={issued}
          onDismiss={() => {
            setIssued(undefined);
          }}
        />
      )}
      {!issued &&
        list.length === 0 &&
        audit?.status !== 'issued' &&
        (inviting ? (
          <InviteAuditorForm
            organisationId={organisationId}
            assessmentId={assessmentId}
            onInvited={async (invitation) => {
              setIssued(invitation);
              setInviting(false);
              await refresh();
            }}
            onCancel={() => {
              setInviting(false);
            }}
          />
        ) : (
          <Button
            type="primary"
            icon={<UserAddOutlined aria-hidden />}
            onClick={() => {
              setInviting(true);
            }}
          >
            {t('invite.title')}
          </Button>
        ))}
      {list.length === 0 && audit?.status === 'issued' && (
        <p className="cm-muted">{t('auditors.issuedNoMore')}</p>
      )}
    </div>
  );
}
