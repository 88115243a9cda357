import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditorInvitation } from '../../api/audit.js';
import { formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { copyText } from '../stakeholders/invitation-lists.js';

/**
 * The auditor just invited: for a new account, the one-time link to set a password (shown only
 * now: the server keeps a hash) to copy and pass on; for an existing account, that they simply
 * sign in. The heading takes the focus, since passing the link on is what comes next.
 */
export function SetupLinkPanel({
  invitation,
  onDismiss,
}: {
  invitation: AuditorInvitation;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('audit');
  const lang = useLang();
  const { message } = App.useApp();
  const heading = useRef<HTMLHeadingElement>(null);
  const { auditor, setupLink } = invitation;
  const url = setupLink ? `${window.location.origin}${setupLink.link}` : '';

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const copy = async () => {
    if (await copyText(url)) void message.success(t('invite.linkCopied'));
    else void message.error(t('digest.copyFailed'));
  };

  return (
    <div className="cm-au-issued">
      <Typography.Title level={3} ref={heading} tabIndex={-1}>
        {t('invite.doneTitle', { name: auditor.displayName })}
      </Typography.Title>
      {setupLink ? (
        <>
          <Alert
            type="warning"
            showIcon
            role="note"
            title={t('invite.onceTitle')}
            description={t('invite.once', {
              email: auditor.email,
              expires: formatDateTime(setupLink.expiresAt, lang),
            })}
          />
          <div className="cm-au-link-row">
            <Input
              readOnly
              value={url}
              aria-label={t('invite.linkLabel', { name: auditor.displayName })}
              data-testid="auditor-setup-link"
              onFocus={(e) => {
                e.target.select();
              }}
            />
            <Button type="primary" icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
              {t('invite.copyLink')}
            </Button>
          </div>
        </>
      ) : (
        <Alert
          type="info"
          showIcon
          role="note"
          title={t('invite.existingTitle')}
          description={t('invite.existing', { email: auditor.email })}
        />
      )}
      <Button onClick={onDismiss}>{setupLink ? t('invite.linkSaved') : t('invite.close')}</Button>
    </div>
  );
}
