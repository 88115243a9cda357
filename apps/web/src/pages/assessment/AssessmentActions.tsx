import {
  DeleteOutlined,
  FileTextOutlined,
  LineChartOutlined,
  NodeIndexOutlined,
  RiseOutlined,
  SendOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { usesConsensus } from '@citymaturity/core';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError, del, post } from '../../api/client.js';
import type { AssessmentDetail } from '../../api/types.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { assessmentPath } from '../../components/queries.js';
import { questionnairePath } from './questionnaire-link.js';

/** The buttons of an assessment, each shown only when the person may use it. */
export function AssessmentActions({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation('assessment');
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [incomplete, setIncomplete] = useState<string | undefined>();
  const { organisationId, id } = assessment;
  const path = assessmentPath(organisationId, id);
  const may = (action: string) => assessment.actions.includes(action);
  const isDraft = assessment.status === 'draft';
  const base = `/organisations/${organisationId}/assessments/${id}`;
  const unfinished = assessment.respondents.find((r) => r.progress.answered < r.progress.total);

  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ['assessment', organisationId, id] });
    await client.invalidateQueries({ queryKey: ['assessments', organisationId] });
    await client.invalidateQueries({ queryKey: ['response', organisationId, id] });
  };

  const submit = () => {
    modal.confirm({
      title: t('submit.confirmTitle'),
      content: t('submit.confirm'),
      okText: t('submit.ok'),
      cancelText: t('cancel'),
      onOk: async () => {
        try {
          const updated = await post<AssessmentDetail>(`${path}/submit`);
          client.setQueryData(['assessment', organisationId, id], updated);
          setIncomplete(undefined);
          void message.success(t('submit.done'));
          await refresh();
        } catch (e) {
          if (e instanceof ApiError && e.code === 'assessment-incomplete') setIncomplete(e.message);
          else void message.error(errorMessage(e, t('common:errors.unknown')));
        }
      },
    });
  };

  const remove = () => {
    modal.confirm({
      title: t('delete.confirmTitle', { title: assessment.title }),
      content: t('delete.confirm'),
      okText: t('delete.ok'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      onOk: async () => {
        try {
          await del(path);
          client.removeQueries({ queryKey: ['assessment', organisationId, id] });
          await client.invalidateQueries({ queryKey: ['assessments', organisationId] });
          void message.success(t('delete.done'));
          await navigate(`/organisations/${organisationId}`);
        } catch (e) {
          void message.error(errorMessage(e, t('common:errors.unknown')));
        }
      },
    });
  };

  return (
    <section className="cm-section" aria-labelledby="actions-title">
      <Typography.Title level={2} id="actions-title" className="cm-visually-hidden">
        {t('actionsTitle')}
      </Typography.Title>
      {!isDraft && (
        <Alert type="success" showIcon role="note" title={t('submittedNote')} className="cm-gap" />
      )}
      {incomplete && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="cm-gap"
          title={t('submit.incompleteTitle')}
          description={
            <>
              <p>{incomplete}</p>
              {unfinished && (
                <Link to={questionnairePath(organisationId, id, unfinished.id)}>
                  {t('submit.incompleteLink', {
                    name: unfinished.name,
                    answered: unfinished.progress.answered,
                    total: unfinished.progress.total,
                  })}
                </Link>
              )}
            </>
          }
        />
      )}
      <div className="cm-actions">
        {isDraft && may('assessments.submit') && (
          <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={submit}>
            {t('submit.button')}
          </Button>
        )}
        {usesConsensus(assessment.method) && may('workshop.follow') && (
          <Link to={`${base}/workshop`} className="cm-link-button">
            <TeamOutlined aria-hidden />{' '}
            {may('workshop.facilitate') ? t('workshop:actions.run') : t('workshop:actions.follow')}
          </Link>
        )}
        {may('results.view') && (
          <Link to={`${base}/results`} className="cm-link-button">
            <LineChartOutlined aria-hidden /> {t('links.results')}
          </Link>
        )}
        {may('results.view') && (
          <>
            <Link to={`${base}/plan-realisation`} className="cm-link-button">
              <RiseOutlined aria-hidden /> {t('cycles:links.planRealisation')}
            </Link>
            <Link to={`${base}/improvement-cycle`} className="cm-link-button">
              <NodeIndexOutlined aria-hidden /> {t('cycles:links.improvementCycle')}
            </Link>
          </>
        )}
        {may('report.download') && (
          <Link to={`${base}/report`} className="cm-link-button">
            <FileTextOutlined aria-hidden /> {t('links.report')}
          </Link>
        )}
        {may('assessments.delete') && (
          <Button danger icon={<DeleteOutlined aria-hidden />} onClick={remove}>
            {t('delete.button')}
          </Button>
        )}
      </div>
    </section>
  );
}
