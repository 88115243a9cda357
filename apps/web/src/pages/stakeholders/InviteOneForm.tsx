import { invitationValidity } from '@citymaturity/core';
import { SendOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.js';
import {
  invitationsPath,
  type IssuedInvitation,
  type StakeholderGroup,
} from '../../api/stakeholders.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { fieldErrors } from '../../components/form-errors.js';
import { useLang } from '../../components/lang.js';
import { NativeSelect } from '../../components/NativeSelect.js';
import { useRefreshStakeholders } from './useRefreshStakeholders.js';
import { ValidDaysField } from './ValidDaysField.js';

interface InviteValues {
  name: string;
  email?: string;
  group: string;
  validDays: number;
}

/** Invites one stakeholder: name, email (optional, kept for the organiser's mail merge), group, validity. */
export function InviteOneForm({
  organisationId,
  assessmentId,
  groups,
  onIssued,
}: {
  organisationId: string;
  assessmentId: string;
  groups: readonly StakeholderGroup[];
  onIssued: (issued: IssuedInvitation[]) => void;
}) {
  const { t } = useTranslation('stakeholders');
  const lang = useLang();
  const { message } = App.useApp();
  const refresh = useRefreshStakeholders(organisationId, assessmentId);
  const [form] = Form.useForm<InviteValues>();
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: InviteValues) => {
    setBusy(true);
    try {
      const email = values.email?.trim();
      const issued = await post<IssuedInvitation>(invitationsPath(organisationId, assessmentId), {
        name: values.name.trim(),
        ...(email ? { email } : {}),
        group: values.group,
        validDays: values.validDays,
      });
      onIssued([issued]);
      form.resetFields(['name', 'email']);
      await refresh();
    } catch (e) {
      form.setFields(fieldErrors(e, ['name', 'email', 'group', 'validDays']));
      void message.error(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Typography.Title level={3} id="invite-one-title">
        {t('invite.one.title')}
      </Typography.Title>
      <Form<InviteValues>
        form={form}
        name="invite-one"
        layout="vertical"
        aria-labelledby="invite-one-title"
        initialValues={{ group: '', validDays: invitationValidity.defaultDays }}
        onFinish={(values) => void onFinish(values)}
        disabled={busy}
      >
        <Form.Item
          label={t('invite.one.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('invite.one.nameRequired') }]}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('invite.one.email')}
          name="email"
          extra={t('invite.one.emailHint')}
          rules={[{ type: 'email', message: t('invite.one.emailInvalid') }]}
        >
          <Input type="email" maxLength={320} autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item
          label={t('invite.one.group')}
          name="group"
          rules={[{ required: true, message: t('invite.one.groupRequired') }]}
        >
          <NativeSelect<string>
            options={[
              { value: '', label: t('invite.one.chooseGroup') },
              ...groups.map((g) => ({ value: g.key, label: g.name[lang] })),
            ]}
          />
        </Form.Item>
        <ValidDaysField />
        <Button type="primary" htmlType="submit" loading={busy} icon={<SendOutlined aria-hidden />}>
          {t('invite.one.submit')}
        </Button>
      </Form>
    </>
  );
}
