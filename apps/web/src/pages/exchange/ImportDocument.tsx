import { FileTextOutlined, ImportOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Typography } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  documentProblemsOf,
  importAssessmentDocument,
  type DocumentProblem,
  type StartedAssessment,
} from '../../api/exchange.js';
import { useLang } from '../../components/lang.js';
import { formatFileSize } from '../questionnaire/evidence-files-logic.js';
import { DocumentProblemsList } from './DocumentProblemsList.js';
import { acceptedDocuments, documentFormat, isError, maxDocumentBytes } from './exchange-logic.js';
import { CreatedWithWarningsAlert, ImportRefusedAlert } from './ImportOutcome.js';

type Outcome =
  | { kind: 'none' }
  | { kind: 'local'; message: string }
  | { kind: 'done'; result: StartedAssessment<DocumentProblem> }
  | { kind: 'failed'; error: unknown };

/**
 * Imports an assessment file in the exchange format citymaturity/assessment@1 (JSON or YAML, as
 * downloaded from an assessment page or written by another tool) as a new draft: its problems by
 * line and path when it is refused (nothing stored), else the new assessment.
 */
export function ImportDocument({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('exchange');
  const lang = useLang();
  const id = useId();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome.kind !== 'none') box.current?.focus();
  }, [outcome]);

  const submit = async () => {
    if (!file) {
      setOutcome({ kind: 'local', message: t('document.chooseFirst') });
      return;
    }
    if (!documentFormat(file.name)) {
      setOutcome({ kind: 'local', message: t('document.notDocument', { name: file.name }) });
      return;
    }
    if (file.size > maxDocumentBytes) {
      setOutcome({ kind: 'local', message: t('document.tooLarge', { name: file.name }) });
      return;
    }
    setBusy(true);
    try {
      const result = await importAssessmentDocument(organisationId, await file.text());
      await client.invalidateQueries({ queryKey: ['assessments', organisationId] });
      client.setQueryData(['assessment', organisationId, result.assessment.id], result.assessment);
      setFile(null);
      if (result.warnings.length === 0) {
        await navigate(`/organisations/${organisationId}/assessments/${result.assessment.id}`);
        return;
      }
      setOutcome({ kind: 'done', result });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  };

  const problems = outcome.kind === 'failed' ? documentProblemsOf(outcome.error) : null;
  const format = file ? documentFormat(file.name) : null;

  return (
    <div className="cm-ex-block">
      <Typography.Title level={3} id="import-document-title">
        {t('document.title')}
      </Typography.Title>
      <p className="cm-muted">{t('document.intro')}</p>
      <div className="cm-ex-pick">
        <input
          id={`${id}-input`}
          type="file"
          accept={acceptedDocuments}
          disabled={busy}
          className="cm-visually-hidden cm-ex-file-input"
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            event.target.value = '';
            setOutcome({ kind: 'none' });
          }}
        />
        <label htmlFor={`${id}-input`} className="cm-ex-file-button">
          <UploadOutlined aria-hidden /> {t('document.choose')}
        </label>
        <p id={`${id}-hint`} className="cm-muted cm-ex-hint">
          {t('document.hint')}
        </p>
      </div>
      {file && (
        <p className="cm-ex-chosen-item" role="status">
          <FileTextOutlined aria-hidden className="cm-ex-file-icon" />
          <span className="cm-ex-chosen-text">
            <span className="cm-ex-file-name">{file.name}</span>{' '}
            <span className="cm-muted">
              · {formatFileSize(file.size, lang)}
              {format ? ` · ${format.toUpperCase()}` : ''}
            </span>
          </span>
        </p>
      )}
      <div className="cm-actions">
        <Button
          type="primary"
          icon={<ImportOutlined aria-hidden />}
          loading={busy}
          onClick={() => void submit()}
        >
          {busy ? t('document.importing') : t('document.submit')}
        </Button>
      </div>
      <div ref={box} tabIndex={-1} className="cm-ex-outcome">
        {outcome.kind === 'local' && (
          <p role="alert" className="cm-ex-chosen-problem">
            {outcome.message}
          </p>
        )}
        {outcome.kind === 'done' && (
          <CreatedWithWarningsAlert
            assessment={outcome.result.assessment}
            warnings={t('document.doneWarnings', { count: outcome.result.warnings.length })}
          >
            <DocumentProblemsList problems={outcome.result.warnings} />
          </CreatedWithWarningsAlert>
        )}
        {outcome.kind === 'failed' && (
          <ImportRefusedAlert
            error={outcome.error}
            refused={
              problems ? t('document.refused', { count: problems.filter(isError).length }) : null
            }
            nothingStored={t('document.nothingStored')}
          >
            {problems && <DocumentProblemsList problems={problems} />}
          </ImportRefusedAlert>
        )}
      </div>
    </div>
  );
}
