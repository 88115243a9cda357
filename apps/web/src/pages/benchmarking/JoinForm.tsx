import { App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useBenchmarkingActions } from '../../api/benchmarking.js';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { fieldErrors } from '../../components/form-errors.js';
import { useLang } from '../../components/lang.js';
import { organisationName } from '../../components/OrganisationName.js';
import { Panel } from '../../components/Panel.js';
import {
  ConsentFields,
  consentFieldNames,
  consentInput,
  type ConsentValues,
} from './ConsentFields.js';

interface JoinValues extends ConsentValues {
  code: string;
}

/**
 * Joins a consortium with the code its organiser passed on, and the city's consent. Joining shares
 * nothing yet: the membership page, opened next, is where results are shared.
 */
export function JoinForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('benchmarking');
  const lang = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const actions = useBenchmarkingActions(organisationId);
  const [form] = Form.useForm<JoinValues>();
  const [busy, setBusy] = useState(false);
  const contactable = Form.useWatch('contactable', form) as boolean | undefined;

  const onFinish = async (values: JoinValues) => {
    setBusy(true);
    try {
      const joined = await actions.join({ code: values.code.trim(), ...consentInput(values) });
      void message.success(t('join.done', { name: organisationName(joined.consortium, lang) }));
      await navigate(`/organisations/${organisationId}/benchmarking/${joined.consortium.id}`);
    } catch (e) {
      const codeRefused =
        e instanceof ApiError &&
        ['consortium-code-unknown', 'consortium-already-member'].includes(e.code);
      form.setFields(
        codeRefused
          ? [{ name: ['code'], errors: [e.message] }]
          : fieldErrors(e, ['code', ...consentFieldNames]),
      );
      void message.error(errorMessage(e, t('common:errors.unknown')));
      setBusy(false);
    }
  };

  return (
    <Panel className="cm-bm-form-panel">
      <Typography.Title level={3} id="join-consortium-title">
        {t('join.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted cm-bm-text">{t('join.intro')}</Typography.Paragraph>
      <Form<JoinValues>
        form={form}
        layout="vertical"
        className="cm-narrow-form"
        aria-labelledby="join-consortium-title"
        initialValues={{ code: '', sharing: 'consensus', named: false, contactable: false }}
        onFinish={(values) => void onFinish(values)}
        disabled={busy}
      >
        <Form.Item
          label={t('join.code')}
          name="code"
          extra={t('join.codeHint')}
          rules={[{ required: true, whitespace: true, message: t('join.codeRequired') }]}
        >
          <Input
            maxLength={100}
            autoComplete="off"
            spellCheck={false}
            className="cm-bm-code-input"
            placeholder="XXXX-XXXX-XXXX-XXXX-XXXX"
          />
        </Form.Item>
        <ConsentFields contactable={contactable ?? false} />
        <Typography.Paragraph className="cm-muted cm-bm-text">
          {t('join.nothingYet')}
        </Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('join.submit')}
        </Button>
      </Form>
    </Panel>
  );
}
