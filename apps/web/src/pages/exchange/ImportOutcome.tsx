import type { AssessmentDetail } from '../../api/types.js';
import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../components/ErrorAlert.js';
import { NewAssessmentLink } from './NewAssessmentLink.js';

/**
 * An import refused: for problems of its content, how many errors and that nothing was stored,
 * then every problem (the children); for any other error, its message.
 */
export function ImportRefusedAlert({
  error,
  refused,
  nothingStored,
  children,
}: {
  error: unknown;
  /** "The file has 3 errors: nothing was imported"; null when the error is not about the content. */
  refused: string | null;
  nothingStored: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('exchange');
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={refused ?? errorMessage(error, t('common:errors.unknown'))}
      description={
        refused === null ? undefined : (
          <>
            <p>{nothingStored}</p>
            {children}
          </>
        )
      }
    />
  );
}

/** A new assessment imported with warnings: its name, the warnings (children) and the way to it. */
export function CreatedWithWarningsAlert({
  assessment,
  warnings,
  children,
}: {
  assessment: AssessmentDetail;
  /** "2 warnings to read before you open it …". */
  warnings: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('exchange');
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      title={t('fromForms.done', { title: assessment.title })}
      description={
        <>
          <p>{warnings}</p>
          {children}
          <NewAssessmentLink assessment={assessment} />
        </>
      }
    />
  );
}
