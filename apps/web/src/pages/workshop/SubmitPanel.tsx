import { SendOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { post } from '../../api/client.js';
import type { WorkshopState } from '../../api/workshop.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { ProgressLine } from '../../components/ProgressLine.js';
import { assessmentPath } from '../../components/queries.js';

/**
 * The end of the workshop: how many characteristics are agreed, and once all of them are, the
 * submission (explained first: the consensus becomes the official result and is frozen with a
 * SHA-256 digest for audit; nothing can change afterwards).
 */
export function SubmitPanel({
  state,
  organisationId,
  assessmentId,
  maySubmit,
  onSubmitted,
}: {
  state: WorkshopState;
  organisationId: string;
  assessmentId: string;
  maySubmit: boolean;
  onSubmitted: () => void;
}) {
  const { t } = useTranslation('workshop');
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const id = useId();
  const { agreed, total } = state.progress;
  const complete = agreed === total;
  const base = `/organisations/${organisationId}/assessments/${assessmentId}`;

  const submit = () => {
    modal.confirm({
      title: t('submit.confirmTitle'),
      content: t('submit.confirm'),
      okText: t('submit.ok'),
      cancelText: t('editor.cancel'),
      onOk: async () => {
        try {
          await post(`${assessmentPath(organisationId, assessmentId)}/submit`);
          void message.success(t('submit.done'));
          await client.invalidateQueries({
            queryKey: ['assessment', organisationId, assessmentId],
          });
          await client.invalidateQueries({ queryKey: ['assessments', organisationId] });
          onSubmitted();
        } catch (error) {
          void message.error(errorMessage(error, t('common:errors.unknown')));
        }
      },
    });
  };

  return (
    <section className="cm-section cm-w-submit" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('submit.title')}</h2>
      <ProgressLine
        progress={{ answered: agreed, total }}
        label={t('progress', { agreed, total })}
      />
      {state.assessment.status === 'submitted' ? (
        <Alert
          type="success"
          showIcon
          role="note"
          title={t('submit.submitted')}
          description={<Link to={`${base}/results`}>{t('submit.results')}</Link>}
        />
      ) : (
        <>
          <p>{t('submit.explain')}</p>
          {!complete && (
            <p className="cm-w-strong">{t('submit.incomplete', { count: total - agreed })}</p>
          )}
          {maySubmit ? (
            <Button
              type="primary"
              icon={<SendOutlined aria-hidden />}
              disabled={!complete || !state.open}
              onClick={submit}
            >
              {t('submit.button')}
            </Button>
          ) : (
            <p className="cm-muted">{t('submit.notAllowed')}</p>
          )}
        </>
      )}
    </section>
  );
}
