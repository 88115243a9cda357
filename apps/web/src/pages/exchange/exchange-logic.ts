import { formImportLimits, megabytesToBytes } from '@citymaturity/core';
import type { RespondentSource } from '@citymaturity/core';
import type { DocumentProblem, FormProblem } from '../../api/exchange.js';

// Pure rules of the exchange pages (tested in exchange-logic.test.ts).

/** A chosen file as these rules see it. */
export interface ChosenFile {
  name: string;
  size: number;
  lastModified?: number;
}

/** Why a chosen form is not sent (the server reads and checks the content anyway). */
export type ChosenFormProblem = 'empty' | 'too-large' | 'not-xlsx';

/** What is wrong with the chosen forms before anything is sent. */
export interface ChosenFormsCheck {
  /** Per chosen file (same order): its problem, or null. */
  files: (ChosenFormProblem | null)[];
  /** More files than one import takes (`max`), or more than one for a single team response. */
  list: { code: 'too-many'; max: number } | { code: 'one-only' } | null;
  ok: boolean;
}

/** The limits of one import of forms: the server's (20 files of 2 MB). */
export const formLimits = {
  files: formImportLimits.files,
  megabytes: formImportLimits.megabytes,
} as const;

/** The file picker's `accept` for filled forms. */
export const acceptedForms =
  '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file picker's `accept` for an exchange document. */
export const acceptedDocuments = '.json,.yaml,.yml,application/json,application/yaml,text/yaml';

/** The largest exchange document the server takes (2 MB of text). */
export const maxDocumentBytes = 2 * 1024 * 1024;

/**
 * Checks the chosen forms as the server will: at most {@link formLimits}.files, each at most
 * .megabytes MB and not empty, an .xlsx file; `oneOnly` for the one team response of a
 * single-stakeholder assessment.
 */
export function checkChosenForms(
  files: readonly ChosenFile[],
  options: { oneOnly?: boolean; maxFiles?: number; maxMegabytes?: number } = {},
): ChosenFormsCheck {
  const maxFiles = options.maxFiles ?? formLimits.files;
  const maxBytes = megabytesToBytes(options.maxMegabytes ?? formLimits.megabytes);
  const problems = files.map((file): ChosenFormProblem | null => {
    if (!/\.xlsx$/i.test(file.name)) return 'not-xlsx';
    if (file.size === 0) return 'empty';
    if (file.size > maxBytes) return 'too-large';
    return null;
  });
  const list =
    options.oneOnly && files.length > 1
      ? ({ code: 'one-only' } as const)
      : files.length > maxFiles
        ? ({ code: 'too-many', max: maxFiles } as const)
        : null;
  return {
    files: problems,
    list,
    ok: files.length > 0 && list === null && problems.every((p) => p === null),
  };
}

/** Adds newly chosen files to the list, leaving out the ones already in it (same name, size, date). */
export function addChosen<F extends ChosenFile>(list: readonly F[], added: readonly F[]): F[] {
  const key = (f: ChosenFile) => `${f.name}|${String(f.size)}|${String(f.lastModified ?? '')}`;
  const seen = new Set(list.map(key));
  const result = [...list];
  for (const file of added) {
    if (seen.has(key(file))) continue;
    seen.add(key(file));
    result.push(file);
  }
  return result;
}

/** The problems of one file, errors first, each in the order of the sheet's rows and columns. */
export interface FileProblems {
  file: string;
  errors: FormProblem[];
  warnings: FormProblem[];
}

/** Compares spreadsheet columns: B before AA. */
function columnOrder(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a.length - b.length || a.localeCompare(b);
}

function byPlace(a: FormProblem, b: FormProblem): number {
  return (
    (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
    (a.row ?? 0) - (b.row ?? 0) ||
    columnOrder(a.column, b.column)
  );
}

/**
 * The problems grouped by file, in the order the files were chosen (files without any problem
 * are left out; files the server named but the list does not have come last).
 */
export function groupFormProblems(
  problems: readonly FormProblem[],
  chosen: readonly string[] = [],
): FileProblems[] {
  const order = [...new Set([...chosen, ...problems.map((p) => p.file)])];
  return order
    .map((file) => {
      const own = problems.filter((p) => p.file === file).sort(byPlace);
      return {
        file,
        errors: own.filter((p) => p.severity === 'error'),
        warnings: own.filter((p) => p.severity === 'warning'),
      };
    })
    .filter((group) => group.errors.length + group.warnings.length > 0);
}

/** One part of where a problem is, as an i18n key under `exchange:place.` and its values. */
export interface PlacePart {
  key: 'sheet' | 'cell' | 'row' | 'column' | 'wholeFile';
  values: Record<string, string | number>;
}

/**
 * Where a problem of a form is, as parts to put in words: the sheet, then the cell with its row
 * and column ("row 10, column H (H10)"), or the row or the column alone, or the whole file.
 */
export function formProblemPlace(problem: FormProblem): PlacePart[] {
  const parts: PlacePart[] = [];
  if (problem.sheet) parts.push({ key: 'sheet', values: { sheet: problem.sheet } });
  if (problem.row !== undefined && problem.column !== undefined)
    parts.push({
      key: 'cell',
      values: {
        row: problem.row,
        column: problem.column,
        cell: problem.cell ?? `${problem.column}${String(problem.row)}`,
      },
    });
  else if (problem.row !== undefined) parts.push({ key: 'row', values: { row: problem.row } });
  else if (problem.column !== undefined)
    parts.push({ key: 'column', values: { column: problem.column } });
  if (parts.length === 0 || (parts.length === 1 && parts[0]?.key === 'sheet'))
    parts.push({ key: 'wholeFile', values: {} });
  return parts;
}

/** Whether a problem stopped the import (a warning did not). */
export function isError(problem: { severity: 'error' | 'warning' }): boolean {
  return problem.severity === 'error';
}

/** The problems of a document, errors first, in the order of their lines. */
export function sortDocumentProblems(problems: readonly DocumentProblem[]): DocumentProblem[] {
  const rank = (p: DocumentProblem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.path.localeCompare(b.path, 'en', { numeric: true }),
  );
}

/**
 * The respondents of an assessment that came in one way (e.g. `paper-form`: imported diagnostic
 * forms), in their order: the API says where each came from (`source`), nothing is inferred.
 */
export function respondentsFrom<R extends { source: RespondentSource }>(
  respondents: readonly R[],
  source: RespondentSource,
): R[] {
  return respondents.filter((r) => r.source === source);
}

/** A document's path for people: none for the file as a whole. */
export function documentPath(problem: DocumentProblem): string | null {
  return problem.path === '' || problem.path === '(file)' ? null : problem.path;
}

/** Which of a document's two formats a file name says (the server reads both anyway). */
export function documentFormat(name: string): 'json' | 'yaml' | null {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  return null;
}
