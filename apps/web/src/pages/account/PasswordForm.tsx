import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { ConfirmPasswordField, NewPasswordField } from '../../components/NewPasswordField.js';
import { fieldErrors } from '../../components/form-errors.js';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Change the password: the current one, a new one of at least 10 characters, repeated. */
export function PasswordForm({ email }: { email: string }) {
  const { t } = useTranslation('account');
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: PasswordValues) => {
    setBusy(true);
    try {
      await post('/api/v1/account/password', {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      form.resetFields();
      void message.success(t('password.changed'));
    } catch (e) {
      form.setFields(fieldErrors(e, ['currentPassword', 'newPassword']));
      void message.error(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<PasswordValues>
      form={form}
      layout="vertical"
      className="cm-narrow-form"
      onFinish={(values) => void onFinish(values)}
      disabled={busy}
    >
      {/* Lets password managers file the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <Form.Item
        label={t('password.current')}
        name="currentPassword"
        rules={[{ required: true, message: t('auth:validation.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordField
        label={t('password.new')}
        name="newPassword"
        required
        hint={(count) => t('auth:validation.passwordHint', { count })}
      />
      <ConfirmPasswordField label={t('password.confirm')} of="newPassword" />
      <p className="cm-muted">{t('password.note')}</p>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
