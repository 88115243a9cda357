import { ImportOutlined } from '@ant-design/icons';
import { assessmentMethods } from '@citymaturity/core';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  formProblemsOf,
  startFromForms,
  useUploadTask,
  type FormProblem,
  type StartedAssessment,
} from '../../api/exchange.js';
import { useMaturityModel } from '../../api/model.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { fieldErrors } from '../../components/form-errors.js';
import { useLang } from '../../components/lang.js';
import { findMethod } from '../../components/methods.js';
import { NativeSelect } from '../../components/NativeSelect.js';
import { checkChosenForms, isError } from './exchange-logic.js';
import { FormFilesPicker } from './FormFilesPicker.js';
import { FormProblemsList } from './FormProblemsList.js';
import { NewAssessmentLink } from './NewAssessmentLink.js';
import { UploadProgress } from './UploadProgress.js';

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
  const [files, setFiles] = useState<File[]>([]);
  const [sent, setSent] = useState<string[]>([]);
  const [method, setMethod] = useState('');
  const [blocked, setBlocked] = useState(false);
  const task = useUploadTask<StartedAssessment<FormProblem>>();
  const outcome = useRef<HTMLDivElement>(null);
  const oneOnly = method === 'single-stakeholder';
  const check = checkChosenForms(files, { oneOnly });
  const state = task.state;
  const busy = state.phase === 'sending' || state.phase === 'checking';

  useEffect(() => {
    if (state.phase === 'done' || state.phase === 'failed') outcome.current?.focus();
  }, [state.phase]);

  const onFinish = async (values: Values) => {
    if (!check.ok) {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    setSent(files.map((f) => f.name));
    const fields = { title: values.title.trim(), method: values.method, date: values.date };
    const started = await task.run((options) =>
      startFromForms(organisationId, fields, files, options),
    );
    if (!started) return;
    setFiles([]);
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
        <FormFilesPicker
          files={files}
          onChange={(next) => {
            setFiles(next);
            setBlocked(false);
            if (state.phase === 'done' || state.phase === 'failed') task.reset();
          }}
          check={check}
          disabled={busy}
          oneOnly={oneOnly}
          label={t('picker.choose')}
        />
        {blocked && (
          <p role="alert" className="cm-ex-chosen-problem">
            {files.length === 0 ? t('import.chooseFirst') : t('import.fixFirst')}
          </p>
        )}
        {!busy && (
          <Button type="primary" htmlType="submit" icon={<ImportOutlined aria-hidden />}>
            {files.length === 0
              ? t('fromForms.submitNone')
              : t('fromForms.submit', { count: files.length })}
          </Button>
        )}
      </Form>
      <UploadProgress state={state} count={sent.length} onCancel={task.cancel} />
      <div ref={outcome} tabIndex={-1} className="cm-ex-outcome">
        {state.phase === 'done' && state.result.warnings.length > 0 && (
          <Alert
            type="success"
            showIcon
            role="status"
            title={t('fromForms.done', { title: state.result.assessment.title })}
            description={
              <>
                <p>{t('fromForms.doneWarnings', { count: state.result.warnings.length })}</p>
                <FormProblemsList problems={state.result.warnings} chosen={sent} />
                <NewAssessmentLink assessment={state.result.assessment} />
              </>
            }
          />
        )}
        {state.phase === 'failed' && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={
              problems
                ? t('problems.refused', { count: problems.filter(isError).length })
                : errorMessage(state.error, t('common:errors.unknown'))
            }
            description={
              problems ? (
                <>
                  <p>{t('fromForms.nothingStored')}</p>
                  <FormProblemsList problems={problems} chosen={sent} />
                </>
              ) : undefined
            }
          />
        )}
      </div>
    </div>
  );
}
