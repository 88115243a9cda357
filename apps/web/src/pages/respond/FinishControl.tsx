import { CheckCircleFilled } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invitedResponseKey, setFinished, type InvitedResponse } from '../../api/respond.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';

/**
 * "I have finished" / "not finished after all": tells the organiser the answers are complete.
 * Answers can still change until the reveal, so saying it is not final.
 */
export function FinishControl({ token, response }: { token: string; response: InvitedResponse }) {
  const { t } = useTranslation('respond');
  const lang = useLang();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const { completedAt } = response.respondent;
  const open = response.progress.total - response.progress.answered;

  const change = async (finished: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const result = await setFinished(token, finished);
      client.setQueryData<InvitedResponse>(
        invitedResponseKey(token),
        (old) =>
          old && { ...old, respondent: { ...old.respondent, completedAt: result.completedAt } },
      );
      setAnnouncement(finished ? t('finish.markedDone') : t('finish.markedNotDone'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="respond-finish" className="cm-respond-box">
      <h2 id="respond-finish">{t('finish.heading')}</h2>
      {completedAt ? (
        <>
          <p className="cm-respond-done">
            <CheckCircleFilled aria-hidden className="cm-respond-done-icon" />{' '}
            {t('finish.doneAt', { date: formatDateTime(completedAt, lang) })}
          </p>
          <p>{t('finish.stillOpen')}</p>
          <Button loading={busy} onClick={() => void change(false)}>
            {t('finish.undo')}
          </Button>
        </>
      ) : (
        <>
          <p>{t('finish.intro')}</p>
          {open > 0 && (
            <Alert
              type="info"
              showIcon
              role="note"
              className="cm-respond-note"
              title={t('finish.unanswered', { count: open })}
            />
          )}
          <Button type="primary" loading={busy} onClick={() => void change(true)}>
            {t('finish.done')}
          </Button>
        </>
      )}
      {Boolean(error) && <ErrorAlert error={error} />}
      <span role="status" className="cm-visually-hidden">
        {announcement}
      </span>
    </section>
  );
}
