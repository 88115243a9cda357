import { App, Button, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBenchmarkingActions, type ConsortiumCreated } from '../../api/benchmarking.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { fieldErrors } from '../../components/form-errors.js';
import { Panel } from '../../components/Panel.js';
import {
  ConsortiumFields,
  consortiumFieldNames,
  consortiumInput,
  type ConsortiumValues,
} from './ConsortiumFields.js';

/** Creates a consortium; its join code comes back once (shown by the caller). */
export function CreateConsortiumForm({
  organisationId,
  onCreated,
  onCancel,
}: {
  organisationId: string;
  onCreated: (created: ConsortiumCreated) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('benchmarking');
  const { message } = App.useApp();
  const actions = useBenchmarkingActions(organisationId);
  const [form] = Form.useForm<ConsortiumValues>();
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: ConsortiumValues) => {
    setBusy(true);
    try {
      const created = await actions.create(consortiumInput(values));
      form.resetFields();
      onCreated(created);
    } catch (e) {
      form.setFields(fieldErrors(e, consortiumFieldNames));
      void message.error(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel className="cm-bm-form-panel">
      <Typography.Title level={3} id="create-consortium-title">
        {t('create.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted cm-bm-text">
        {t('create.intro')}
      </Typography.Paragraph>
      <Form<ConsortiumValues>
        form={form}
        layout="vertical"
        className="cm-narrow-form"
        aria-labelledby="create-consortium-title"
        initialValues={{ nameZh: '', nameEn: '', description: '', minPeerCities: '5' }}
        onFinish={(values) => void onFinish(values)}
        disabled={busy}
      >
        <ConsortiumFields />
        <div className="cm-actions">
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('create.submit')}
          </Button>
          {onCancel && <Button onClick={onCancel}>{t('create.cancel')}</Button>}
        </div>
      </Form>
    </Panel>
  );
}
