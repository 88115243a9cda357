import { useCallback, useEffect, useRef, useState } from 'react';
import { assessmentPath, organisationPath } from '../components/queries.js';
import { ApiError, post, upload } from './client.js';
import type { RespondentSource } from '@citymaturity/core';
import type { AssessmentDetail } from './types.js';

// Exchange (see apps/server/src/routes/exchange.ts and http/exchange-schemas.ts): the Annex A
// diagnostic form as XLSX (blank or for an assessment) and the import of filled forms, the import
// of the exchange format citymaturity/assessment@1, the results as open data (CSV, JSON) and the
// backup of an organisation. Downloads are plain links (the browser shows their progress);
// uploads go through `upload()`, which reports how much has been sent.

/** A text in both languages. */
export interface BothLanguages {
  zh: string;
  en: string;
}

/** A problem of a filled form, placed by file, sheet, row and column. */
export interface FormProblem {
  severity: 'error' | 'warning';
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
  cell?: string;
  code: string;
  params: Record<string, string | number>;
  message: BothLanguages;
}

/** A problem of an exchange-format document, placed by path (and line, for text). */
export interface DocumentProblem {
  severity: 'error' | 'warning';
  path: string;
  line?: number;
  code: string;
  params: Record<string, string | number>;
  message: BothLanguages;
}

/** A respondent added (or, single-stakeholder, filled in) from a form. */
export interface ImportedRespondent {
  id: string;
  name: string;
  /** The stakeholder group's key, or null. */
  group: string | null;
  file: string;
  /** Characteristics with both the current and the two-year level answered. */
  answered: number;
  /** `paper-form`; the team response of a single-stakeholder assessment keeps its own. */
  source: RespondentSource;
}

/** Forms imported into an assessment: one respondent per form, and what deserves a look. */
export interface ImportedForms {
  respondents: ImportedRespondent[];
  warnings: FormProblem[];
}

/** A new draft assessment started from forms or from an exchange document. */
export interface StartedAssessment<P> {
  assessment: AssessmentDetail;
  warnings: P[];
}

/** The text fields of an assessment started from forms (each optional: the server has defaults). */
export interface FormsAssessmentFields {
  title?: string;
  method?: string;
  date?: string;
}

/** How an upload reports itself and can be stopped. */
export interface UploadOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** The blank Annex A diagnostic form of a maturity model (public). */
export const modelFormHref = (packId: string, lang: 'zh' | 'en') =>
  `/api/v1/models/${encodeURIComponent(packId)}/diagnostic-form.xlsx?lang=${lang}`;

/** The diagnostic form of one assessment (its title and the organisation's groups filled in). */
export const assessmentFormHref = (
  organisationId: string,
  assessmentId: string,
  lang: 'zh' | 'en',
) => `${assessmentPath(organisationId, assessmentId)}/diagnostic-form.xlsx?lang=${lang}`;

/** The results as open data: CSV (UTF-8 with BOM) or JSON (citymaturity/results@1). */
export const resultsHref = (organisationId: string, assessmentId: string, format: 'csv' | 'json') =>
  `${assessmentPath(organisationId, assessmentId)}/results.${format}`;

/** Everything entered, in the exchange format citymaturity/assessment@1 (JSON or YAML). */
export const assessmentDocumentHref = (
  organisationId: string,
  assessmentId: string,
  format: 'json' | 'yaml',
) => `${assessmentPath(organisationId, assessmentId)}/export?format=${format}`;

/** The backup of the whole organisation (gzip-compressed JSON lines, streamed). */
export const backupHref = (organisationId: string) => `${organisationPath(organisationId)}/backup`;

function formsBody(files: readonly File[], fields: FormsAssessmentFields = {}): FormData {
  const body = new FormData();
  // Text fields first: the server reads the parts in order.
  for (const [key, value] of Object.entries(fields))
    if (typeof value === 'string' && value !== '') body.append(key, value);
  for (const file of files) body.append('files', file, file.name);
  return body;
}

/** Imports filled forms into a draft, all or nothing (422 `forms-invalid` with every problem). */
export function importForms(
  organisationId: string,
  assessmentId: string,
  files: readonly File[],
  options: UploadOptions = {},
): Promise<ImportedForms> {
  return upload<ImportedForms>(
    `${assessmentPath(organisationId, assessmentId)}/diagnostic-forms`,
    formsBody(files),
    options,
  );
}

/** Starts a new draft assessment from filled forms, each one a respondent. */
export function startFromForms(
  organisationId: string,
  fields: FormsAssessmentFields,
  files: readonly File[],
  options: UploadOptions = {},
): Promise<StartedAssessment<FormProblem>> {
  return upload<StartedAssessment<FormProblem>>(
    `${organisationPath(organisationId)}/diagnostic-forms`,
    formsBody(files, fields),
    options,
  );
}

/**
 * Imports a citymaturity/assessment@1 document as a new draft. The text is sent as it is (JSON or
 * YAML), so that every problem comes back with its line.
 */
export function importAssessmentDocument(
  organisationId: string,
  text: string,
): Promise<StartedAssessment<DocumentProblem>> {
  return post<StartedAssessment<DocumentProblem>>(
    `${organisationPath(organisationId)}/assessments/import`,
    { document: text },
  );
}

/** Where an upload is: choosing, sending (percent), checking on the server, done or failed. */
export type UploadState<T> =
  | { phase: 'idle' }
  | { phase: 'sending'; percent: number }
  | { phase: 'checking' }
  | { phase: 'done'; result: T }
  | { phase: 'failed'; error: unknown };

/**
 * Runs one upload at a time and follows it: how much has been sent, then "checking" while the
 * server reads the files, then the result or the error. Leaving the page stops it.
 */
export function useUploadTask<T>() {
  const [state, setState] = useState<UploadState<T>>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(
    () => () => {
      controller.current?.abort();
    },
    [],
  );

  const run = useCallback(
    async (send: (options: UploadOptions) => Promise<T>): Promise<T | undefined> => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setState({ phase: 'sending', percent: 0 });
      try {
        const result = await send({
          signal: current.signal,
          onProgress: (fraction) => {
            setState(
              fraction >= 1
                ? { phase: 'checking' }
                : { phase: 'sending', percent: Math.max(0, Math.round(fraction * 100)) },
            );
          },
        });
        if (current.signal.aborted) return undefined;
        setState({ phase: 'done', result });
        return result;
      } catch (error) {
        if (current.signal.aborted) {
          setState({ phase: 'idle' });
          return undefined;
        }
        setState({ phase: 'failed', error });
        return undefined;
      } finally {
        if (controller.current === current) controller.current = null;
      }
    },
    [],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ phase: 'idle' });
  }, []);

  const reset = useCallback(() => {
    setState({ phase: 'idle' });
  }, []);

  return { state, run, cancel, reset };
}

/** The problems of a refused import of forms (422 `forms-invalid`), else null. */
export function formProblemsOf(error: unknown): FormProblem[] | null {
  if (!(error instanceof ApiError) || error.code !== 'forms-invalid') return null;
  const problems = error.details.problems;
  return Array.isArray(problems) ? (problems as FormProblem[]).filter(isFormProblem) : null;
}

/** The problems of a refused exchange document (422 `exchange-invalid`), else null. */
export function documentProblemsOf(error: unknown): DocumentProblem[] | null {
  if (!(error instanceof ApiError) || error.code !== 'exchange-invalid') return null;
  const problems = error.details.problems;
  return Array.isArray(problems) ? (problems as DocumentProblem[]).filter(isDocumentProblem) : null;
}

const hasMessage = (value: unknown): boolean => {
  if (typeof value !== 'object' || value === null || !('message' in value)) return false;
  const message = value.message;
  return typeof message === 'object' && message !== null && 'zh' in message && 'en' in message;
};

function isFormProblem(value: unknown): value is FormProblem {
  return hasMessage(value) && typeof (value as { file?: unknown }).file === 'string';
}

function isDocumentProblem(value: unknown): value is DocumentProblem {
  return hasMessage(value) && typeof (value as { path?: unknown }).path === 'string';
}
