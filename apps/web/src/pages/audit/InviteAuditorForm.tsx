import { UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.js';
import type { AuditorInvitation } from '../../api/audit.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { fieldErrors } from '../../components/form-errors.js';
import { assessmentPath } from '../../components/queries.js';

interface InviteValues {
  email: string;
  displayName: string;
  organisation?: string;
}

/** Invites the external auditor of a submitted assessment (organisation administrators). */
export function InviteAuditorForm({
  organisationId,
  assessmentId,
  onInvited,
  onCancel,
}: {
  organisationId: string;
  assessmentId: string;
  onInvited: (invitation: AuditorInvitation) => Promise<void> | void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened by a button: the form's heading takes the focus.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const { t } = useTranslation('audit');
  const [form] = Form.useForm<InviteValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const onFinish = async (values: InviteValues) => {
    setBusy(true);
    setError(undefined);
    try {
      const invitation = await post<AuditorInvitation>(
        `${assessmentPath(organisationId, assessmentId)}/auditors`,
        {
          email: values.email.trim(),
          displayName: values.displayName.trim(),
          organisation: (values.organisation ?? '').trim(),
        },
      );
      form.resetFields();
      await onInvited(invitation);
    } catch (e) {
      form.setFields(fieldErrors(e, ['email', 'displayName', 'organisation']));
      setError(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="cm-au-invite">
      <Typography.Title level={3} id="invite-auditor-title" ref={heading} tabIndex={-1}>
        {t('invite.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted">{t('invite.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" title={error} className="cm-au-gap" />}
      <Form<InviteValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        className="cm-narrow-form"
        aria-labelledby="invite-auditor-title"
        onFinish={(values) => void onFinish(values)}
        disabled={busy}
      >
        <Form.Item
          label={t('invite.email')}
          name="email"
          rules={[
            { required: true, message: t('auth:validation.emailRequired') },
            { type: 'email', message: t('auth:validation.emailInvalid') },
          ]}
        >
          <Input type="email" autoComplete="off" inputMode="email" spellCheck={false} />
        </Form.Item>
        <Form.Item
          label={t('invite.name')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('invite.nameRequired') }]}
        >
          <Input autoComplete="off" maxLength={200} />
        </Form.Item>
        <Form.Item
          label={t('invite.organisation')}
          name="organisation"
          extra={t('invite.organisationHint')}
        >
          <Input autoComplete="off" maxLength={200} />
        </Form.Item>
        <div className="cm-actions">
          <Button
            type="primary"
            htmlType="submit"
            loading={busy}
            icon={<UserAddOutlined aria-hidden />}
          >
            {t('invite.submit')}
          </Button>
          <Button onClick={onCancel}>{t('cancel')}</Button>
        </div>
      </Form>
    </div>
  );
}
