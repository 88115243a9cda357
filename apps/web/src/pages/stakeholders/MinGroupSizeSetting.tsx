import { minGroupSizeRange } from '@citymaturity/core';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch } from '../../api/client.js';
import type { AssessmentDetail } from '../../api/types.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { fieldErrors } from '../../components/form-errors.js';
import { assessmentPath } from '../../components/queries.js';
import { WholeNumberInput } from './WholeNumberInput.js';

/**
 * The minimum group size: a stakeholder group's statistics are shown only when it has at least
 * this many respondents, so that nobody's answers can be singled out (2–50, 3 unless changed).
 * It is set before the reveal: stakeholders answered under it.
 */
export function MinGroupSizeSetting({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation('stakeholders');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ minGroupSize: number }>();
  const [busy, setBusy] = useState(false);
  const { organisationId, id } = assessment;
  const canChange =
    assessment.status === 'draft' &&
    assessment.revealedAt === null &&
    assessment.actions.includes('assessments.update');
  const { min, max } = minGroupSizeRange;

  const save = async ({ minGroupSize }: { minGroupSize: number }) => {
    setBusy(true);
    try {
      const updated = await patch<AssessmentDetail>(assessmentPath(organisationId, id), {
        minGroupSize,
      });
      client.setQueryData(['assessment', organisationId, id], updated);
      await client.invalidateQueries({ queryKey: ['results', organisationId, id] });
      void message.success(t('privacy.saved', { count: updated.minGroupSize }));
    } catch (e) {
      form.setFields(fieldErrors(e, ['minGroupSize']));
      void message.error(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="cm-section" id="privacy" aria-labelledby="privacy-title">
      <Typography.Title level={2} id="privacy-title">
        {t('privacy.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-sh-prose">
        {t('privacy.explain', { count: assessment.minGroupSize })}
      </Typography.Paragraph>
      {canChange ? (
        <Form
          form={form}
          name="min-group-size"
          layout="inline"
          className="cm-sh-inline-form"
          initialValues={{ minGroupSize: assessment.minGroupSize }}
          onFinish={(values) => void save(values)}
          disabled={busy}
        >
          <Form.Item
            label={t('privacy.label')}
            name="minGroupSize"
            rules={[
              {
                required: true,
                type: 'integer',
                min,
                max,
                message: t('privacy.range', { min, max }),
              },
            ]}
          >
            <WholeNumberInput min={min} max={max} />
          </Form.Item>
          <Button htmlType="submit" loading={busy}>
            {t('privacy.save')}
          </Button>
        </Form>
      ) : (
        <p className="cm-muted">{t('privacy.fixed')}</p>
      )}
    </section>
  );
}
