import { ImportOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf, importForms, type ImportedForms } from '../../api/exchange.js';
import { useMaturityModel } from '../../api/model.js';
import type { AssessmentDetail } from '../../api/types.js';
import { isError } from './exchange-logic.js';
import { FormProblemsList } from './FormProblemsList.js';
import { ImportedRespondents } from './ImportedRespondents.js';
import { ImportRefusedAlert } from './ImportOutcome.js';
import { UploadProgress } from './UploadProgress.js';
import { ChosenForms, useFormsUpload } from './useFormsUpload.js';

/**
 * Imports filled diagnostic forms into a draft: choose (or drop) the files, a check of their
 * number and size before anything is sent, the upload with its progress, then the respondents
 * added, or every problem of every file (nothing is stored when any form has an error).
 */
export default function FormsImport({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation('exchange');
  const id = useId();
  const client = useQueryClient();
  const model = useMaturityModel();
  const { organisationId } = assessment;
  const oneOnly = assessment.method === 'single-stakeholder';
  const upload = useFormsUpload<ImportedForms>(oneOnly);
  const { files, sent, state, busy, outcome } = upload;
  const total = model?.index.characteristics.length ?? assessment.respondents[0]?.progress.total;

  const submit = async () => {
    const result = await upload.send((chosen, options) =>
      importForms(organisationId, assessment.id, chosen, options),
    );
    if (result)
      await Promise.all([
        client.invalidateQueries({ queryKey: ['assessment', organisationId, assessment.id] }),
        client.invalidateQueries({ queryKey: ['assessments', organisationId] }),
        client.invalidateQueries({ queryKey: ['stakeholder-progress', organisationId] }),
      ]);
  };

  const problems = state.phase === 'failed' ? formProblemsOf(state.error) : null;

  return (
    <div className="cm-ex-block">
      <Typography.Title level={3}>{t('import.title')}</Typography.Title>
      <p className="cm-muted">{oneOnly ? t('import.introOne') : t('import.introMany')}</p>
      <ChosenForms
        upload={upload}
        oneOnly={oneOnly}
        label={oneOnly ? t('picker.chooseOne') : t('picker.choose')}
      />
      {!busy && (
        <div className="cm-actions">
          <Button
            type="primary"
            icon={<ImportOutlined aria-hidden />}
            onClick={() => void submit()}
          >
            {files.length === 0
              ? t('import.submitNone')
              : t('import.submit', { count: files.length })}
          </Button>
        </div>
      )}
      <UploadProgress state={state} count={sent.length} onCancel={upload.cancel} />

      <div ref={outcome} tabIndex={-1} className="cm-ex-outcome">
        {state.phase === 'done' && (
          <>
            <Alert
              type="success"
              showIcon
              role="status"
              title={
                oneOnly
                  ? t('import.doneTeam', { file: state.result.respondents[0]?.file ?? '' })
                  : t('import.done', { count: state.result.respondents.length })
              }
              description={
                state.result.warnings.length > 0
                  ? t('import.doneWarnings', { count: state.result.warnings.length })
                  : undefined
              }
            />
            <h4 id={`${id}-added`} className="cm-ex-subtitle">
              {oneOnly ? t('import.filledTitle') : t('import.addedTitle')}
            </h4>
            <ImportedRespondents
              organisationId={organisationId}
              respondents={state.result.respondents}
              total={total ?? 0}
              labelledBy={`${id}-added`}
            />
            {state.result.warnings.length > 0 && (
              <FormProblemsList problems={state.result.warnings} chosen={sent} />
            )}
          </>
        )}
        {state.phase === 'failed' && (
          <ImportRefusedAlert
            error={state.error}
            refused={
              problems ? t('problems.refused', { count: problems.filter(isError).length }) : null
            }
            nothingStored={t('import.nothingStored')}
          >
            {problems && (
              <>
                <FormProblemsList problems={problems} chosen={sent} />
                <FineFiles sent={sent} problemFiles={problems.map((p) => p.file)} />
              </>
            )}
          </ImportRefusedAlert>
        )}
      </div>
    </div>
  );
}

/** The files sent that had no problem at all (they too were not imported: all or nothing). */
function FineFiles({ sent, problemFiles }: { sent: readonly string[]; problemFiles: string[] }) {
  const { t } = useTranslation('exchange');
  const named = new Set(problemFiles);
  const fine = sent.filter((name) => !named.has(name));
  if (fine.length === 0) return null;
  return <p>{t('import.fine', { count: fine.length, names: fine.join(t('list.separator')) })}</p>;
}
