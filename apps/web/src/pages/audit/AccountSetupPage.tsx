import { Alert, Button, Form, Typography } from 'antd';
import { Panel } from '../../components/Panel.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { del, post } from '../../api/client.js';
import { useRefreshSession, useSession } from '../../api/session.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { ConfirmPasswordField, NewPasswordField } from '../../components/NewPasswordField.js';
import { fieldErrors } from '../../components/form-errors.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import '../login/auth.css';
import { useSignIn } from '../login/sign-in.js';
import { setupTokenOf } from './audit-logic.js';

interface SetupValues {
  password: string;
  confirm: string;
}

/**
 * An account someone else created for you (an external auditor's): choose its password with the
 * one-time link (`/account-setup#<token>`; the fragment never reaches the server's logs), then
 * you are signed in; if that fails, the sign-in page opens with your email filled in.
 */
export default function AccountSetupPage() {
  const { t } = useTranslation('audit');
  const session = useSession();
  const refresh = useRefreshSession();
  const navigate = useNavigate();
  const location = useLocation();
  const signIn = useSignIn();
  // Read once: the address may lose its fragment later (history, reload).
  const [token] = useState(() => setupTokenOf(location.hash));
  const [form] = Form.useForm<SetupValues>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  usePageTitle(t('setup.title'));

  const onFinish = async (values: SetupValues) => {
    if (!token) return;
    setBusy(true);
    setError(undefined);
    let email: string;
    try {
      ({ email } = await post<{ email: string }>('/api/v1/account/setup', {
        token,
        password: values.password,
      }));
    } catch (e) {
      form.setFields(fieldErrors(e, ['password']));
      setError(errorMessage(e, t('common:errors.unknown')));
      setBusy(false);
      return;
    }
    try {
      await signIn(email, values.password);
      await navigate('/', { replace: true });
    } catch {
      await navigate(`/login?email=${encodeURIComponent(email)}`, { replace: true });
    }
  };

  const signOut = async () => {
    await del('/api/v1/session');
    await refresh();
  };

  return (
    <div className="cm-auth">
      <Panel className="cm-auth-card">
        <Typography.Title level={1}>{t('setup.title')}</Typography.Title>
        {!token ? (
          <Alert
            type="warning"
            showIcon
            role="note"
            title={t('setup.noToken')}
            description={<Link to="/login">{t('setup.goToSignIn')}</Link>}
          />
        ) : session.authenticated && !busy ? (
          <Alert
            type="info"
            showIcon
            role="note"
            title={t('setup.signedIn', { name: session.user.displayName })}
            description={<Button onClick={() => void signOut()}>{t('setup.signOutFirst')}</Button>}
          />
        ) : (
          <>
            <Typography.Paragraph className="cm-muted">{t('setup.intro')}</Typography.Paragraph>
            {error && (
              <Alert
                type="error"
                showIcon
                role="alert"
                className="cm-auth-alert"
                title={error}
                description={t('setup.askAgain')}
              />
            )}
            <Form<SetupValues>
              form={form}
              layout="vertical"
              requiredMark={false}
              onFinish={(values) => void onFinish(values)}
              disabled={busy}
            >
              <NewPasswordField
                label={t('auth:fields.newPassword')}
                name="password"
                required
                hint={(count) => t('auth:validation.passwordHint', { count })}
              />
              <ConfirmPasswordField label={t('auth:fields.confirmPassword')} of="password" />
              <Button type="primary" htmlType="submit" loading={busy} block>
                {t('setup.submit')}
              </Button>
            </Form>
          </>
        )}
      </Panel>
    </div>
  );
}
