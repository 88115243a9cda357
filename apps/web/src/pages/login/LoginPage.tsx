import { Alert, Button, Form, Input, Typography } from 'antd';
import { Panel } from '../../components/Panel.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../api/session.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import './auth.css';
import { safeNext } from './safe-next.js';
import { useSignIn } from './sign-in.js';

interface SignInValues {
  email: string;
  password: string;
}

/** Sign in with email and password, then go back to where the person was going. */
export default function LoginPage() {
  const { t } = useTranslation('auth');
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signIn = useSignIn();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));
  usePageTitle(t('login.title'));

  if (session.authenticated && !busy) return <Navigate to={next} replace />;

  const onFinish = async (values: SignInValues) => {
    setBusy(true);
    setError(undefined);
    try {
      await signIn(values.email.trim(), values.password);
      await navigate(next, { replace: true });
    } catch (e) {
      setError(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="cm-auth">
      <Panel className="cm-auth-card">
        <Typography.Title level={1}>{t('login.title')}</Typography.Title>
        <Typography.Paragraph className="cm-muted">{t('login.intro')}</Typography.Paragraph>
        {!session.authenticated && session.setupNeeded && !session.demoLogin && (
          <Alert
            type="info"
            showIcon
            role="note"
            className="cm-auth-alert"
            title={t('login.setupNeededTitle')}
            description={t('login.setupNeeded')}
          />
        )}
        {!session.authenticated && session.demoLogin && (
          <Alert
            type="success"
            role="note"
            className="cm-auth-alert"
            title={t('login.demoTitle')}
            description={
              <>
                <p>{t('login.demo')}</p>
                <dl className="cm-auth-demo">
                  <dt>{t('fields.email')}</dt>
                  <dd>
                    <code>{session.demoLogin.email}</code>
                  </dd>
                  <dt>{t('fields.password')}</dt>
                  <dd>
                    <code>{session.demoLogin.password}</code>
                  </dd>
                </dl>
                <Button
                  onClick={() => {
                    if (session.demoLogin) void onFinish(session.demoLogin);
                  }}
                  disabled={busy}
                >
                  {t('login.demoSubmit')}
                </Button>
              </>
            }
          />
        )}
        {error && (
          <Alert type="error" showIcon role="alert" className="cm-auth-alert" title={error} />
        )}
        <Form<SignInValues>
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void onFinish(values)}
          disabled={busy}
          // Filled in after an invited person has set their password (/account-setup).
          initialValues={{ email: params.get('email') ?? '' }}
        >
          <Form.Item
            label={t('fields.email')}
            name="email"
            rules={[
              { required: true, message: t('validation.emailRequired') },
              { type: 'email', message: t('validation.emailInvalid') },
            ]}
          >
            <Input type="email" autoComplete="username" inputMode="email" spellCheck={false} />
          </Form.Item>
          <Form.Item
            label={t('fields.password')}
            name="password"
            rules={[{ required: true, message: t('validation.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph className="cm-muted cm-auth-verify">
          {t('audit:public.signInLink')} <Link to="/verify">{t('audit:public.title')}</Link>
        </Typography.Paragraph>
      </Panel>
    </div>
  );
}
