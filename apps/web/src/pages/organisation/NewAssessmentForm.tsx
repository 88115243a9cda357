import { assessmentMethods, usesInvitations, type AssessmentMethod } from '@citymaturity/core';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Typography } from 'antd';
import { Panel } from '../../components/Panel.js';
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
import { MethodChoice } from '../stakeholders/MethodChoice.js';

interface NewAssessmentValues {
  title: string;
  date: string;
  method: AssessmentMethod;
  respondentName: string;
}

/**
 * Starts an assessment: a single-stakeholder baseline (one team response, e.g. the leadership team,
 * rates all 32 characteristics), or a multi-stakeholder or facilitated one whose stakeholders are
 * invited next.
 */
export function NewAssessmentForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('organisation');
  const lang = useLang();
  const model = useMaturityModel();
  const [form] = Form.useForm<NewAssessmentValues>();
  const [chosen, setChosen] = useState<AssessmentMethod>('single-stakeholder');
  const method = findMethod(model?.pack, chosen);
  const invites = usesInvitations(chosen);
  const { message } = App.useApp();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: NewAssessmentValues) => {
    setBusy(true);
    try {
      const created = await post<AssessmentDetail>(
        `${organisationPath(organisationId)}/assessments`,
        {
          title: values.title.trim(),
          date: values.date,
          method: values.method,
          ...(usesInvitations(values.method)
            ? {}
            : { respondentName: values.respondentName.trim() }),
        },
      );
      await client.invalidateQueries({ queryKey: ['assessments', organisationId] });
      client.setQueryData(['assessment', organisationId, created.id], created);
      void message.success(t('newAssessment.done'));
      // Stakeholders are invited first; a team starts answering at once.
      const next = usesInvitations(values.method) ? 'stakeholders' : 'questionnaire';
      await navigate(`/organisations/${organisationId}/assessments/${created.id}/${next}`);
    } catch (e) {
      form.setFields(fieldErrors(e, ['title', 'date', 'respondentName']));
      void message.error(errorMessage(e, t('common:errors.unknown')));
      setBusy(false);
    }
  };

  return (
    <section className="cm-section" aria-labelledby="new-assessment">
      <Panel>
        <Typography.Title level={2} id="new-assessment">
          {t('newAssessment.title')}
        </Typography.Title>
        <Typography.Paragraph className="cm-muted">
          {invites
            ? t('stakeholders:newAssessment.intro', {
                method: method ? method.method.name[lang] : '',
              })
            : t('newAssessment.intro', { method: method ? method.method.name[lang] : '' })}
        </Typography.Paragraph>
        <Form<NewAssessmentValues>
          form={form}
          layout="vertical"
          className="cm-narrow-form"
          initialValues={{
            date: todayIsoDate(),
            method: 'single-stakeholder',
            respondentName: t('newAssessment.respondentDefault'),
          }}
          onFinish={(values) => void onFinish(values)}
          onValuesChange={(changed: Partial<NewAssessmentValues>) => {
            if (changed.method) setChosen(changed.method);
          }}
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
          <Form.Item name="method">
            <MethodChoice<AssessmentMethod>
              legend={t('stakeholders:newAssessment.method')}
              description={method?.method.description[lang]}
              options={assessmentMethods.map((m) => ({
                value: m,
                label: findMethod(model?.pack, m)?.method.name[lang] ?? m,
              }))}
            />
          </Form.Item>
          <Form.Item
            hidden={invites}
            label={t('newAssessment.respondent')}
            name="respondentName"
            extra={t('newAssessment.respondentHint')}
            rules={[
              {
                required: !invites,
                whitespace: true,
                message: t('newAssessment.respondentRequired'),
              },
            ]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {invites ? t('stakeholders:newAssessment.submit') : t('newAssessment.submit')}
          </Button>
        </Form>
      </Panel>
    </section>
  );
}
