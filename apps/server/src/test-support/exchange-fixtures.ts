import { formColumns, formRows } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ModelIndex } from '@citymaturity/model';
import ExcelJS from 'exceljs';
import { modelDiagnosticForm } from '../use-cases/make-diagnostic-form.js';
import type { TestServer } from './test-server.js';

/** What a person writes into a form: the header and answers by characteristic id. */
export interface FormAnswers {
  name?: string | null;
  group?: string | null;
  date?: string | Date | null;
  /** Characteristic id → [current, target, notes?], as they would be typed or picked. */
  answers: Record<string, [unknown, unknown, string?]>;
}

const col = formColumns(5);

/**
 * Fills a generated diagnostic form in with exceljs, as a person does in a spreadsheet: the
 * respondent block and the answer cells of the characteristic rows (found by the id in column A).
 */
export async function fillForm(form: Buffer, filled: FormAnswers): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(form as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const header = (row: number, value: unknown) => {
    if (value !== undefined) sheet.getCell(row, col.headerValue).value = value as ExcelJS.CellValue;
  };
  header(formRows.respondentName, filled.name ?? undefined);
  header(formRows.group, filled.group ?? undefined);
  header(formRows.date, filled.date ?? undefined);
  const rows = new Map<string, number>();
  sheet.eachRow((row, n) => {
    const id = row.getCell(col.id).value;
    if (typeof id === 'string') rows.set(id, n);
  });
  for (const [id, [current, target, notes]] of Object.entries(filled.answers)) {
    const row = rows.get(id);
    if (row === undefined) throw new Error(`no row for ${id}`);
    sheet.getCell(row, col.current).value = current as ExcelJS.CellValue;
    sheet.getCell(row, col.target).value = target as ExcelJS.CellValue;
    if (notes !== undefined) sheet.getCell(row, col.notes).value = notes;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** What the form helpers need of a server: its models (a test without a server passes them alone). */
export interface WithModels {
  ctx: { models: ReadonlyMap<string, ModelIndex> };
}

/** Answers to every characteristic of the model: current = 1–4 in turn, target one level up. */
export function everyAnswer(server: WithModels): FormAnswers['answers'] {
  const model = server.ctx.models.get('mmssc');
  if (!model) throw new Error('no model');
  return Object.fromEntries(
    model.characteristics.map((c, i) => [c.id, [(i % 4) + 1, (i % 4) + 2]]),
  );
}

/** A filled blank form of the bundled model, in the given language. */
export async function filledModelForm(
  server: WithModels,
  lang: 'zh' | 'en',
  filled: Partial<FormAnswers> = {},
): Promise<Buffer> {
  const model = server.ctx.models.get('mmssc');
  if (!model) throw new Error('no model');
  return fillForm(await modelDiagnosticForm(model, lang), {
    name: lang === 'zh' ? '王敏' : 'Ann Lee',
    group: lang === 'zh' ? '居民' : 'Residents',
    date: '2026-11-01',
    answers: everyAnswer(server),
    ...filled,
  });
}

/** A multipart body of filled forms (parts named files) and optional text fields. */
export function formsUpload(
  files: readonly { name: string; content: Buffer }[],
  fields: Record<string, string> = {},
): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const file of files)
    form.append(
      'files',
      new Blob([new Uint8Array(file.content)], {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
      file.name,
    );
  return form;
}

/** A multi-stakeholder (or other) draft created straight in the database, with its first respondent. */
export async function createDraftFixture(
  server: TestServer,
  organisationId: string,
  method = 'multi-stakeholder',
) {
  const { assessment, respondent } = await repositories.createAssessment(
    server.database.db,
    { organisationId },
    {
      title: 'Fixture',
      modelId: 'mmssc',
      modelVersion: '1.0.0',
      method,
      assessedOn: '2026-11-01',
      createdBy: null,
    },
    { name: 'Facilitator', userId: null, stakeholderGroup: null },
  );
  return { assessmentId: assessment.id, respondentId: respondent.id };
}
