import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { linkProblemOf, mayRetry } from './respond-logic.js';

/**
 * The page of a link that cannot be opened: unknown, withdrawn or expired (ask the organiser for
 * a new link), or a server that is busy or out of reach (try again).
 */
export function LinkProblemView({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('respond');
  const problem = linkProblemOf(error instanceof ApiError ? error : undefined);
  const title = t(`problem.${problem}.title`);
  usePageTitle(title);
  return (
    <div className="cm-page cm-respond">
      <h1 className="cm-respond-title">{title}</h1>
      <Alert
        type={mayRetry(problem) ? 'error' : 'warning'}
        showIcon
        role="alert"
        title={t(`problem.${problem}.body`)}
        description={error instanceof ApiError && problem === 'other' ? error.message : undefined}
      />
      {mayRetry(problem) ? (
        <p>
          <Button type="primary" onClick={onRetry}>
            {t('problem.retry')}
          </Button>
        </p>
      ) : (
        <section aria-labelledby="respond-what-to-do" className="cm-respond-box">
          <h2 id="respond-what-to-do">{t('problem.whatToDoTitle')}</h2>
          <p>{t('problem.whatToDo')}</p>
        </section>
      )}
    </div>
  );
}
