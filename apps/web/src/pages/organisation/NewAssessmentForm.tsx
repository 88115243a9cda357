import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { post } from '../../api/client.js';
import { useMaturityModel } from '../../api/model.js';
import type { AssessmentDetail } from '../../api/types.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { fieldErrors } from '../../components/form-errors.js';
import { todayIsoDate } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { findMethod } from '../../components/methods.js';
import { organisationPath } from '../../components/queries.js';

interface NewAssessmentValues {
  title: string;
  date: string;
  respondentName: string;
}

/** Starts a single-stakeholder baseline: one team response (e.g. the leadership team) rates all 32 characteristics. */
export function NewAssessmentForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('organisation');
  const lang = useLang();
  const model = useMaturityModel();
  const method = findMethod(model?.pack, 'single-stakeholder');
  const { message } = App.useApp();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewAssessmentValues>();
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: NewAssessmentValues) => {
    setBusy(true);
    try {
      const created = await post<AssessmentDetail>(
        `${organisationPath(organisationId)}/assessments`,
        {
          title: values.title.trim(),
          date: values.date,
          method: 'single-stakeholder',
          respondentName: values.respondentName.trim(),
        },
      );
      await client.invalidateQueries({ queryKey: ['assessments', organisationId] });
      client.setQueryData(['assessment', organisationId, created.id], created);
      void message.success(t('newAssessment.done'));
      await navigate(`/organisations/${organisationId}/assessments/${created.id}/questionnaire`);
    } catch (e) {
      form.setFields(fieldErrors(e, ['title', 'date', 'respondentName']));
      void message.error(errorMessage(e, t('common:errors.unknown')));
      setBusy(false);
    }
  };

  return (
    <section className="cm-section" aria-labelledby="new-assessment">
      <Card>
        <Typography.Title level={2} id="new-assessment">
          {t('newAssessment.title')}
        </Typography.Title>
        <Typography.Paragraph className="cm-muted">
          {t('newAssessment.intro', { method: method ? method.method.name[lang] : '' })}
        </Typography.Paragraph>
        <Form<NewAssessmentValues>
          form={form}
          layout="vertical"
          className="cm-narrow-form"
          initialValues={{
            date: todayIsoDate(),
            respondentName: t('newAssessment.respondentDefault'),
          }}
          onFinish={(values) => void onFinish(values)}
          disabled={busy}
        >
          <Form.Item
            label={t('newAssessment.name')}
            name="title"
            rules={[{ required: true, whitespace: true, message: t('newAssessment.nameRequired') }]}
          >
            <Input maxLength={200} placeholder={t('newAssessment.namePlaceholder')} />
          </Form.Item>
          <Form.Item
            label={t('newAssessment.date')}
            name="date"
            extra={t('newAssessment.dateHint')}
            rules={[{ required: true, message: t('newAssessment.dateRequired') }]}
          >
            <Input type="date" className="cm-date-input" />
          </Form.Item>
          <Form.Item
            label={t('newAssessment.respondent')}
            name="respondentName"
            extra={t('newAssessment.respondentHint')}
            rules={[
              { required: true, whitespace: true, message: t('newAssessment.respondentRequired') },
            ]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('newAssessment.submit')}
          </Button>
        </Form>
      </Card>
    </section>
  );
}
