import { App, Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBenchmarkingActions, type Consortium } from '../../api/benchmarking.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { fieldErrors } from '../../components/form-errors.js';
import {
  ConsortiumFields,
  consortiumFieldNames,
  consortiumInput,
  type ConsortiumValues,
} from './ConsortiumFields.js';

/** Changes a consortium's names, description and privacy threshold. */
export function EditConsortiumForm({
  organisationId,
  consortium,
  onDone,
}: {
  organisationId: string;
  consortium: Consortium;
  onDone: () => void;
}) {
  const { t } = useTranslation('benchmarking');
  const { message } = App.useApp();
  const actions = useBenchmarkingActions(organisationId);
  const [form] = Form.useForm<ConsortiumValues>();
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: ConsortiumValues) => {
    setBusy(true);
    try {
      await actions.update(consortium.id, consortiumInput(values));
      void message.success(t('consortium.saved'));
      onDone();
    } catch (e) {
      form.setFields(fieldErrors(e, consortiumFieldNames));
      void message.error(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<ConsortiumValues>
      form={form}
      layout="vertical"
      className="cm-narrow-form cm-bm-edit"
      aria-label={t('consortium.edit')}
      initialValues={{
        nameZh: consortium.nameZh,
        nameEn: consortium.nameEn,
        description: consortium.description,
        minPeerCities: String(consortium.minPeerCities),
      }}
      onFinish={(values) => void onFinish(values)}
      disabled={busy}
    >
      <ConsortiumFields />
      <div className="cm-actions">
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('consortium.save')}
        </Button>
        <Button onClick={onDone}>{t('create.cancel')}</Button>
      </div>
    </Form>
  );
}
