import { ImportOutlined } from '@ant-design/icons';
import { assessmentMethods } from '@citymaturity/core';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  formProblemsOf,
  startFromForms,
  type FormProblem,
  type StartedAssessment,
} from '../../api/exchange.js';
import { useMaturityModel } from '../../api/model.js';
import { fieldErrors } from '../../components/form-errors.js';
import { useLang } from '../../components/lang.js';
import { findMethod } from '../../components/methods.js';
import { NativeSelect } from '../../components/NativeSelect.js';
import { isError } from './exchange-logic.js';
import { FormProblemsList } from './FormProblemsList.js';
import { CreatedWithWarningsAlert, ImportRefusedAlert } from './ImportOutcome.js';
import { UploadProgress } from './UploadProgress.js';
import { ChosenForms, useFormsUpload } from './useFormsUpload.js';

interface Values {
  title: string;
  method: string;
  date: string;
}

/**
 * Starts a new draft assessment from filled diagnostic forms, each one a respondent: an optional
 * title, method and date (the server's defaults: method by the number of forms, the latest date
 * on a form), the files with their progress, then the new assessment (opened at once unless
 * there are warnings to read) or every problem of every file.
 */
export function StartFromForms({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('exchange');
  const lang = useLang();
  const model = useMaturityModel();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [method, setMethod] = useState('');
  const oneOnly = method === 'single-stakeholder';
  const upload = useFormsUpload<StartedAssessment<FormProblem>>(oneOnly);
  const { files, sent, state, busy, outcome } = upload;

  const onFinish = async (values: Values) => {
    const fields = { title: values.title.trim(), method: values.method, date: values.date };
    const started = await upload.send((chosen, options) =>
      startFromForms(organisationId, fields, chosen, options),
    );
    if (!started) return;
    form.resetFields();
    await client.invalidateQueries({ queryKey: ['assessments', organisationId] });
    const { assessment } = started;
    client.setQueryData(['assessment', organisationId, assessment.id], assessment);
    if (started.warnings.length === 0)
      await navigate(`/organisations/${organisationId}/assessments/${assessment.id}`);
  };

  useEffect(() => {
    if (state.phase === 'failed')
      form.setFields(fieldErrors(state.error, ['title', 'method', 'date']));
  }, [state, form]);

  const problems = state.phase === 'failed' ? formProblemsOf(state.error) : null;
  const methodOptions = [
    { value: '', label: t('fromForms.methodAuto') },
    ...assessmentMethods.map((m) => ({
      value: m,
      label: findMethod(model?.pack, m)?.method.name[lang] ?? m,
    })),
  ];

  return (
    <div className="cm-ex-block">
      <Typography.Title level={3} id="import-forms-title">
        {t('fromForms.title')}
      </Typography.Title>
      <p className="cm-muted">{t('fromForms.intro')}</p>
      <Form<Values>
        form={form}
        name="start-from-forms"
        layout="vertical"
        className="cm-narrow-form"
        initialValues={{ title: '', method: '', date: '' }}
        disabled={busy}
        onFinish={(values) => void onFinish(values)}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.method !== undefined) setMethod(changed.method);
        }}
      >
        <Form.Item label={t('fromForms.name')} name="title" extra={t('fromForms.nameHint')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('fromForms.method')} name="method" extra={t('fromForms.methodHint')}>
          <NativeSelect options={methodOptions} />
        </Form.Item>
        <Form.Item label={t('fromForms.date')} name="date" extra={t('fromForms.dateHint')}>
          <Input type="date" className="cm-date-input" />
        </Form.Item>
        <ChosenForms upload={upload} oneOnly={oneOnly} label={t('picker.choose')} />
        {!busy && (
          <Button type="primary" htmlType="submit" icon={<ImportOutlined aria-hidden />}>
            {files.length === 0
              ? t('fromForms.submitNone')
              : t('fromForms.submit', { count: files.length })}
          </Button>
        )}
      </Form>
      <UploadProgress state={state} count={sent.length} onCancel={upload.cancel} />
      <div ref={outcome} tabIndex={-1} className="cm-ex-outcome">
        {state.phase === 'done' && state.result.warnings.length > 0 && (
          <CreatedWithWarningsAlert
            assessment={state.result.assessment}
            warnings={t('fromForms.doneWarnings', { count: state.result.warnings.length })}
          >
            <FormProblemsList problems={state.result.warnings} chosen={sent} />
          </CreatedWithWarningsAlert>
        )}
        {state.phase === 'failed' && (
          <ImportRefusedAlert
            error={state.error}
            refused={
              problems ? t('problems.refused', { count: problems.filter(isError).length }) : null
            }
            nothingStored={t('fromForms.nothingStored')}
          >
            {problems && <FormProblemsList problems={problems} chosen={sent} />}
          </ImportRefusedAlert>
        )}
      </div>
    </div>
  );
}
