import { Descriptions, Typography } from 'antd';
import { Panel } from '../../components/Panel.js';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import { PasswordForm } from './PasswordForm.js';
import { ProfileForm } from './ProfileForm.js';

/** The signed-in person's account: name, preferred language, password. */
export default function AccountPage() {
  const { t } = useTranslation('account');
  const session = useSession();
  usePageTitle(t('title'));
  if (!session.authenticated) return null;
  const { user } = session;
  return (
    <div className="cm-page">
      <Typography.Title level={1}>{t('title')}</Typography.Title>
      <Descriptions
        size="small"
        column={1}
        className="cm-narrow-form"
        items={[
          { key: 'email', label: t('email'), children: user.email },
          ...(user.isPlatformAdmin
            ? [{ key: 'admin', label: t('platformAdmin'), children: t('platformAdminYes') }]
            : []),
        ]}
      />
      <Panel>
        <Typography.Title level={2}>{t('profile.title')}</Typography.Title>
        <ProfileForm user={user} />
      </Panel>
      <Panel>
        <Typography.Title level={2}>{t('password.title')}</Typography.Title>
        <PasswordForm email={user.email} />
      </Panel>
    </div>
  );
}
