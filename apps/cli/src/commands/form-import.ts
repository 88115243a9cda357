import {
  assessmentMethods,
  formsToAssessmentDocument,
  type AssessmentMethod,
  type FormProblem,
} from '@citymaturity/core';
import { readFilledForms } from '@citymaturity/server';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { stringify } from 'yaml';
import { CliError, exitCodes } from '../cli-error.js';
import { t, type Lang } from '../i18n.js';
import { loadModels } from '../input.js';
import type { Output } from '../output.js';
import { x } from './exchange-strings.js';

/** Options of `citymaturity form-import`. */
export interface FormImportOptions {
  lang: Lang;
  format: 'yaml' | 'json';
  output?: string;
  city?: string;
  title?: string;
  method?: AssessmentMethod;
  date?: string;
}

/** A form problem as one line: where (file › sheet!cell) and what, in the chosen language. */
export function renderFormProblem(p: FormProblem, lang: Lang): string {
  const place = [p.file, p.sheet ? `${p.sheet}${p.cell ? `!${p.cell}` : ''}` : undefined]
    .filter(Boolean)
    .join(' › ');
  return `${t(p.severity === 'error' ? 'error' : 'warning', lang)}: ${place}: ${p.message[lang]}`;
}

async function readForm(path: string, lang: Lang) {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`${path}: ${t('notAFile', lang)}`, exitCodes.badInput);
    return { name: basename(path), content: await readFile(path) };
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `${path}: ${t(code === 'ENOENT' ? 'fileMissing' : 'fileUnreadable', lang)}`,
      exitCodes.badInput,
    );
  }
}

/**
 * `citymaturity form-import <files…>`: reads filled diagnostic forms (each one respondent) and
 * writes them as one assessment in the exchange format (YAML by default), which `validate` and
 * `score` accept. Every problem of every file is listed (file, sheet and cell); with an error
 * nothing is written and the exit status is 1.
 */
export async function formImportCommand(
  files: readonly string[],
  options: FormImportOptions,
  out: Output,
): Promise<number> {
  const { lang } = options;
  const { models } = await loadModels();
  const read = await Promise.all(files.map((f) => readForm(f, lang)));
  const { forms, problems } = await readFilledForms(read, { models });
  for (const p of problems) out.stderr(renderFormProblem(p, lang));
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    out.stderr(x('formsInvalid', lang, { count: errors }));
    return exitCodes.badInput;
  }
  const document = formsToAssessmentDocument(forms, {
    city: options.city,
    title: options.title,
    method: options.method,
    date: options.date,
    today: new Date().toISOString().slice(0, 10),
  });
  if (!document) throw new CliError(x('needCity', lang), exitCodes.badInput);
  const text =
    options.format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : stringify(document);
  if (options.output) await writeFile(options.output, text);
  else out.stdout(text.trimEnd());
  out.stderr(x('formsRead', lang, { count: forms.length, warnings: problems.length }));
  return exitCodes.ok;
}

/** The methods `--method` accepts. */
export const formImportMethods: readonly string[] = assessmentMethods;
