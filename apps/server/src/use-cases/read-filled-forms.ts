import {
  formImportLimits,
  formProblem,
  megabytesToBytes,
  readDiagnosticForm,
  type FilledForm,
  type FormProblem,
  type ReadFormOptions,
} from '@citymaturity/core';
import { readFormWorkbook } from '../spreadsheet/read-form-workbook.js';

/** A filled form file: its name (for the problems) and content. */
export interface FormFile {
  name: string;
  content: Buffer;
}

/**
 * Reads filled diagnostic forms (XLSX, each one respondent) with the core's rules: the forms read,
 * and every problem of every file (a file too large or not a workbook is one problem of its own).
 * The forms are usable only when no problem is an error.
 */
export async function readFilledForms(
  files: readonly FormFile[],
  options: Omit<ReadFormOptions, 'file'>,
): Promise<{ forms: FilledForm[]; problems: FormProblem[] }> {
  const forms: FilledForm[] = [];
  const problems: FormProblem[] = [];
  for (const file of files) {
    if (file.content.length > megabytesToBytes(formImportLimits.megabytes)) {
      const params = { maxMegabytes: formImportLimits.megabytes };
      problems.push(formProblem('error', file.name, 'form-too-large', params));
      continue;
    }
    let grid;
    try {
      grid = await readFormWorkbook(file.content);
    } catch (error) {
      const detail = error instanceof Error ? error.message.slice(0, 120) : '';
      problems.push(formProblem('error', file.name, 'form-unreadable', { detail }));
      continue;
    }
    const result = readDiagnosticForm(grid, { ...options, file: file.name });
    problems.push(...result.problems);
    if (result.ok) forms.push(result.form);
  }
  return { forms, problems };
}
