import { Alert, Button, Form, Input, Typography } from 'antd';
import { Panel } from '../../components/Panel.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { post } from '../../api/client.js';
import { useSession } from '../../api/session.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { ConfirmPasswordField, NewPasswordField } from '../../components/NewPasswordField.js';
import { fieldErrors } from '../../components/form-errors.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import '../login/auth.css';
import { useSignIn } from '../login/sign-in.js';

interface SetupValues {
  displayName: string;
  email: string;
  password: string;
  confirm: string;
}

/** First start: the person holding the setup link creates the platform administrator, then is signed in. */
export default function SetupPage() {
  const { t } = useTranslation('auth');
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const signIn = useSignIn();
  const [form] = Form.useForm<SetupValues>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  usePageTitle(t('setup.title'));

  const onFinish = async (values: SetupValues) => {
    setBusy(true);
    setError(undefined);
    try {
      const email = values.email.trim();
      await post('/api/v1/setup', {
        token,
        email,
        password: values.password,
        displayName: values.displayName.trim(),
      });
      await signIn(email, values.password);
      await navigate('/', { replace: true });
    } catch (e) {
      form.setFields(fieldErrors(e, ['displayName', 'email', 'password']));
      setError(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  const done = !busy && (session.authenticated || !session.setupNeeded);

  return (
    <div className="cm-auth">
      <Panel className="cm-auth-card">
        <Typography.Title level={1}>{t('setup.title')}</Typography.Title>
        {done ? (
          <Alert
            type="info"
            showIcon
            role="note"
            title={t('setup.alreadyDone')}
            description={<Link to="/login">{t('setup.goToSignIn')}</Link>}
          />
        ) : !token ? (
          <Alert type="warning" showIcon title={t('setup.noToken')} />
        ) : (
          <>
            <Typography.Paragraph className="cm-muted">{t('setup.intro')}</Typography.Paragraph>
            {error && (
              <Alert type="error" showIcon role="alert" className="cm-auth-alert" title={error} />
            )}
            <Form<SetupValues>
              form={form}
              layout="vertical"
              requiredMark={false}
              onFinish={(values) => void onFinish(values)}
              disabled={busy}
            >
              <Form.Item
                label={t('fields.displayName')}
                name="displayName"
                rules={[
                  { required: true, whitespace: true, message: t('validation.nameRequired') },
                ]}
              >
                <Input autoComplete="name" maxLength={200} />
              </Form.Item>
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
              <NewPasswordField
                label={t('fields.newPassword')}
                name="password"
                required
                hint={(count) => t('validation.passwordHint', { count })}
              />
              <ConfirmPasswordField label={t('fields.confirmPassword')} of="password" />
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
