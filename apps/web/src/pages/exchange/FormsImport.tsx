import { ImportOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Typography } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formProblemsOf,
  importForms,
  useUploadTask,
  type ImportedForms,
} from '../../api/exchange.js';
import { useMaturityModel } from '../../api/model.js';
import type { AssessmentDetail } from '../../api/types.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { checkChosenForms, isError } from './exchange-logic.js';
import { FormFilesPicker } from './FormFilesPicker.js';
import { FormProblemsList } from './FormProblemsList.js';
import { ImportedRespondents } from './ImportedRespondents.js';
import { UploadProgress } from './UploadProgress.js';

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
  const [files, setFiles] = useState<File[]>([]);
  const [sent, setSent] = useState<string[]>([]);
  const [blocked, setBlocked] = useState(false);
  const task = useUploadTask<ImportedForms>();
  const outcome = useRef<HTMLDivElement>(null);
  const check = checkChosenForms(files, { oneOnly });
  const busy = task.state.phase === 'sending' || task.state.phase === 'checking';
  const total = model?.index.characteristics.length ?? assessment.respondents[0]?.progress.total;

  // The result (or the problems) takes the focus, so that keyboard and screen-reader users land on it.
  useEffect(() => {
    if (task.state.phase === 'done' || task.state.phase === 'failed') outcome.current?.focus();
  }, [task.state.phase]);

  const submit = async () => {
    if (!check.ok) {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    setSent(files.map((f) => f.name));
    const result = await task.run((options) =>
      importForms(organisationId, assessment.id, files, options),
    );
    if (result) {
      setFiles([]);
      await Promise.all([
        client.invalidateQueries({ queryKey: ['assessment', organisationId, assessment.id] }),
        client.invalidateQueries({ queryKey: ['assessments', organisationId] }),
        client.invalidateQueries({ queryKey: ['stakeholder-progress', organisationId] }),
      ]);
    }
  };

  const state = task.state;
  const problems = state.phase === 'failed' ? formProblemsOf(state.error) : null;

  return (
    <div className="cm-ex-block">
      <Typography.Title level={3}>{t('import.title')}</Typography.Title>
      <p className="cm-muted">{oneOnly ? t('import.introOne') : t('import.introMany')}</p>
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
        label={oneOnly ? t('picker.chooseOne') : t('picker.choose')}
      />
      {blocked && (
        <p role="alert" className="cm-ex-chosen-problem">
          {files.length === 0 ? t('import.chooseFirst') : t('import.fixFirst')}
        </p>
      )}
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
      <UploadProgress state={state} count={sent.length} onCancel={task.cancel} />

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
                  <p>{t('import.nothingStored')}</p>
                  <FormProblemsList problems={problems} chosen={sent} />
                  <FineFiles sent={sent} problemFiles={problems.map((p) => p.file)} />
                </>
              ) : undefined
            }
          />
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
