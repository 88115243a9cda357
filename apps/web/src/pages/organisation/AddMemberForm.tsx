import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Typography } from 'antd';
import { Panel } from '../../components/Panel.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.js';
import type { Member, Role } from '../../api/types.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { fieldErrors } from '../../components/form-errors.js';
import { NativeSelect } from '../../components/NativeSelect.js';
import { NewPasswordField } from '../../components/NewPasswordField.js';
import { organisationPath } from '../../components/queries.js';
import { roles } from './MembersSection.js';

interface MemberValues {
  email: string;
  displayName: string;
  role: Role;
  password?: string;
}

/** Adds a member: an existing account by email, or a new account with an initial password. */
export function AddMemberForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('organisation');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<MemberValues>();
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: MemberValues) => {
    setBusy(true);
    try {
      const member = await post<Member>(`${organisationPath(organisationId)}/members`, {
        email: values.email.trim(),
        displayName: values.displayName.trim(),
        role: values.role,
        ...(values.password ? { password: values.password } : {}),
      });
      void message.success(t('members.added', { name: member.displayName }));
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['members', organisationId] });
    } catch (e) {
      form.setFields(fieldErrors(e, ['email', 'displayName', 'role', 'password']));
      void message.error(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel className="cm-add-member">
      <Typography.Title level={3}>{t('members.add.title')}</Typography.Title>
      <Form<MemberValues>
        form={form}
        layout="vertical"
        className="cm-narrow-form"
        initialValues={{ role: 'respondent' }}
        onFinish={(values) => void onFinish(values)}
        disabled={busy}
      >
        <Form.Item
          label={t('members.add.email')}
          name="email"
          rules={[
            { required: true, message: t('auth:validation.emailRequired') },
            { type: 'email', message: t('auth:validation.emailInvalid') },
          ]}
        >
          <Input type="email" autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item
          label={t('members.add.name')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('auth:validation.nameRequired') }]}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('members.add.role')} name="role" rules={[{ required: true }]}>
          <NativeSelect<Role> options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <NewPasswordField
          label={t('members.add.password')}
          name="password"
          hint={(count) => t('members.add.passwordHint', { count })}
        />
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('members.add.submit')}
        </Button>
      </Form>
    </Panel>
  );
}
