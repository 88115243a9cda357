import { ClockCircleOutlined, LinkOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../api/client.js';
import { invitationPath, type Invitation, type IssuedInvitation } from '../../api/stakeholders.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { ExtendDialog } from './ExtendDialog.js';
import { useRefreshStakeholders } from './useRefreshStakeholders.js';

/**
 * What the organiser can do with one invitation: give it a new link (the old one stops working;
 * the new one is shown once), move its expiry, or revoke it for good (the answers stay).
 */
export function InvitationActions({
  organisationId,
  assessmentId,
  invitation,
  isDraft,
  onIssued,
}: {
  organisationId: string;
  assessmentId: string;
  invitation: Invitation;
  isDraft: boolean;
  onIssued: (issued: IssuedInvitation[]) => void;
}) {
  const { t } = useTranslation('stakeholders');
  const { modal, message } = App.useApp();
  const refresh = useRefreshStakeholders(organisationId, assessmentId);
  const [extending, setExtending] = useState(false);
  const path = invitationPath(organisationId, assessmentId, invitation.id);
  const name = invitation.name;
  const who = <span className="cm-visually-hidden">: {name}</span>;

  if (invitation.status === 'revoked') return <span className="cm-muted">{t('actions.none')}</span>;

  const reissue = () => {
    modal.confirm({
      title: t('actions.reissueTitle', { name }),
      content: t('actions.reissueConfirm'),
      okText: t('actions.reissueOk'),
      cancelText: t('cancel'),
      onOk: async () => {
        try {
          const issued = await post<IssuedInvitation>(`${path}/reissue`);
          onIssued([issued]);
          await refresh();
        } catch (e) {
          void message.error(errorMessage(e, t('common:errors.unknown')));
        }
      },
    });
  };

  const revoke = () => {
    modal.confirm({
      title: t('actions.revokeTitle', { name }),
      content: t('actions.revokeConfirm'),
      okText: t('actions.revokeOk'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      onOk: async () => {
        try {
          await post<Invitation>(`${path}/revoke`);
          void message.success(t('actions.revoked', { name }));
          await refresh();
        } catch (e) {
          void message.error(errorMessage(e, t('common:errors.unknown')));
        }
      },
    });
  };

  const extend = async (validDays: number) => {
    try {
      await patch<Invitation>(path, { validDays });
      void message.success(t('actions.extended', { name }));
      setExtending(false);
      await refresh();
    } catch (e) {
      void message.error(errorMessage(e, t('common:errors.unknown')));
    }
  };

  return (
    <div className="cm-sh-row-actions">
      {isDraft && (
        <>
          <Button size="small" icon={<LinkOutlined aria-hidden />} onClick={reissue}>
            {t('actions.reissue')}
            {who}
          </Button>
          <Button
            size="small"
            icon={<ClockCircleOutlined aria-hidden />}
            onClick={() => {
              setExtending(true);
            }}
          >
            {t('actions.extend')}
            {who}
          </Button>
        </>
      )}
      <Button size="small" danger icon={<StopOutlined aria-hidden />} onClick={revoke}>
        {t('actions.revoke')}
        {who}
      </Button>
      {extending && (
        <ExtendDialog
          invitation={invitation}
          onCancel={() => {
            setExtending(false);
          }}
          onSave={extend}
        />
      )}
    </div>
  );
}
