import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kpisQueryKey, saveKpiActual, type Kpi } from '../../../api/programme-benefits.js';
import { errorMessage } from '../../../components/ErrorAlert.js';
import { fieldErrors } from '../../../components/form-errors.js';
import { formatDate, todayIsoDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';
import { numberOf } from './benefit-logic.js';

interface ActualValues {
  on: string;
  value: string;
  note: string;
}

/**
 * Records a KPI's actual value on a date (a value already recorded that day is replaced, and the
 * form says so before saving).
 */
export function ActualForm({ kpi }: { kpi: Kpi }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { organisationId } = useProgramme();
  const [form] = Form.useForm<ActualValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const on = (Form.useWatch('on', form) as string | undefined) ?? '';
  const replaced = kpi.actuals.find((a) => a.on === on);
  const titleId = `kpi-${kpi.id}-record`;

  const save = async (values: ActualValues) => {
    const value = numberOf(values.value);
    if (value === undefined) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await saveKpiActual(organisationId, kpi.id, values.on, { value, note: values.note.trim() });
      void message.success(t('benefits.actualSaved', { date: formatDate(values.on, lang) }));
      form.setFieldsValue({ value: '', note: '' });
      await client.invalidateQueries({ queryKey: kpisQueryKey(organisationId) });
    } catch (error) {
      form.setFields(fieldErrors(error, ['value', 'note']));
      setProblem(errorMessage(error, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="cm-bn-actual">
      <h4 id={titleId}>{t('benefits.recordTitle')}</h4>
      {problem && (
        <Alert type="error" showIcon role="alert" title={problem} className="cm-rm-problem" />
      )}
      <Form<ActualValues>
        form={form}
        name={`kpi-actual-${kpi.id}`}
        layout="vertical"
        aria-labelledby={titleId}
        initialValues={{ on: todayIsoDate(), value: '', note: '' }}
        disabled={busy}
        onFinish={(values) => void save(values)}
        className="cm-rm-form cm-bn-actual-form"
      >
        <Form.Item
          label={t('benefits.fields.on')}
          name="on"
          rules={[{ required: true, message: t('workspaceEdit.required') }]}
          extra={replaced ? t('benefits.replaces', { value: String(replaced.value) }) : undefined}
        >
          <Input type="date" min="1900-01-01" max="2200-12-31" />
        </Form.Item>
        <Form.Item
          label={
            kpi.unit ? t('benefits.fields.valueIn', { unit: kpi.unit }) : t('benefits.fields.value')
          }
          name="value"
          rules={[
            {
              validator: (_, typed: string | undefined) =>
                numberOf(typed ?? '') === undefined
                  ? Promise.reject(new Error(t('benefits.numberInvalid')))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input inputMode="decimal" autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('benefits.fields.note')} name="note">
          <Input maxLength={4000} autoComplete="off" />
        </Form.Item>
        <div className="cm-bn-actual-submit">
          <Button htmlType="submit" type="primary" loading={busy}>
            {t('benefits.record')}
            <span className="cm-visually-hidden">: {kpi.name}</span>
          </Button>
        </div>
      </Form>
    </div>
  );
}
