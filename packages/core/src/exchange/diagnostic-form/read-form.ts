import type { LocalizedText, ModelIndex, TextLanguage } from '@citymaturity/model';
import { checkPlan } from '../../scoring/plan-checks.js';
import {
  standardStakeholderGroupIds,
  standardStakeholderGroups,
} from '../../stakeholder-groups.js';
import { cellText, parseAnswerCell, parseDateCell, type FormCellValue } from './form-cells.js';
import {
  diagnosticFormFormatTag,
  formColumns,
  formMetaGroupsRow,
  formMetaKeys,
  formMetaSheetName,
  formRows,
  type FormMetaKey,
} from './form-layout.js';
import { formProblem, type FormProblem } from './form-problems.js';

/** A sheet as read from a workbook: `rows[r - 1][c - 1]` is the value of row r, column c. */
export interface FormGridSheet {
  name: string;
  rows: readonly (readonly FormCellValue[])[];
}

/** A workbook as read: its sheets in order (hidden ones included). */
export interface FormGrid {
  sheets: readonly FormGridSheet[];
}

/** A stakeholder group a respondent may name: its key and names. */
export interface FormGroup {
  key: string;
  name: LocalizedText;
}

/** Options of {@link readDiagnosticForm}. */
export interface ReadFormOptions {
  /** The file's name, for the problems. */
  file: string;
  models: ReadonlyMap<string, ModelIndex>;
  /**
   * The groups a respondent may name besides the standard ones (the organisation's own). When
   * absent, the groups the form itself lists are accepted (a form read without the platform).
   */
  ownGroups?: readonly FormGroup[];
  /** The assessment the form is imported into: a form made for another one is refused. */
  assessment?: { id: string; modelId: string; modelVersion: string };
}

/** A measure as a form gives it: a level, "unknown" (don't know), or null (not answered). */
export type FormAnswer = number | 'unknown' | null;

/** A filled form: who answered, and their answers by characteristic id. */
export interface FilledForm {
  file: string;
  model: string;
  modelVersion: string;
  language: TextLanguage;
  /** The assessment the form was made for, when it was made for one. */
  assessmentId: string | null;
  /** The city (organisation) of the assessment the form was made for, when it was. */
  city: string | null;
  respondent: { name: string; group: string | null; date: string | null };
  /** Groups of the organisation's own that the form listed (declared when it is read alone). */
  declaredGroups: FormGroup[];
  ratings: Record<string, { current: FormAnswer; target: FormAnswer; notes?: string }>;
}

/** The outcome of reading a form: the filled form and its warnings, or every problem found. */
export type ReadFormResult =
  { ok: true; form: FilledForm; problems: FormProblem[] } | { ok: false; problems: FormProblem[] };

const characteristicIdPattern = /^\d+(\.\d+)*$/;
const listLimit = 8;

/**
 * Reads a filled Annex A diagnostic form (as made by {@link diagnosticFormLayout}, filled in a
 * spreadsheet in Chinese or English): the hidden sheet (format, model, version, assessment), the
 * respondent (name required, group, date) and the answers of every characteristic row. Never
 * throws on bad content: every problem is returned with its sheet, row and column.
 */
export function readDiagnosticForm(grid: FormGrid, options: ReadFormOptions): ReadFormResult {
  const { file } = options;
  const problems: FormProblem[] = [];
  const metaSheet = grid.sheets.find((s) => s.name === formMetaSheetName);
  const formSheet = grid.sheets.find((s) => s.name !== formMetaSheetName);
  if (!metaSheet || !formSheet)
    return { ok: false, problems: [formProblem('error', file, 'form-not-diagnostic', {})] };
  const meta = readMeta(metaSheet);
  const at = (row: number, column: number) => ({ sheet: metaSheet.name, row, column });
  if (meta.values.format !== diagnosticFormFormatTag) {
    const found = meta.values.format;
    const code = found.startsWith('citymaturity/diagnostic-form@')
      ? 'form-format'
      : 'form-not-diagnostic';
    const params = { found, expected: diagnosticFormFormatTag };
    return { ok: false, problems: [formProblem('error', file, code, params, at(1, 2))] };
  }
  const model = options.models.get(meta.values.model);
  if (!model) {
    const params = { model: meta.values.model, available: [...options.models.keys()].join(', ') };
    return {
      ok: false,
      problems: [formProblem('error', file, 'form-unknown-model', params, at(2, 2))],
    };
  }
  const expectedVersion = options.assessment?.modelVersion ?? model.pack.meta.version;
  if (
    meta.values.model_version !== expectedVersion ||
    (options.assessment && options.assessment.modelId !== model.pack.meta.id)
  ) {
    const params = {
      model: model.pack.meta.id,
      found: meta.values.model_version,
      expected: expectedVersion,
    };
    problems.push(formProblem('error', file, 'form-model-version', params, at(3, 2)));
  }
  const assessmentId = meta.values.assessment || null;
  if (options.assessment && assessmentId !== null && assessmentId !== options.assessment.id) {
    const params = { title: meta.values.assessment_title || assessmentId };
    problems.push(formProblem('error', file, 'form-other-assessment', params, at(5, 2)));
  }

  const respondent = readRespondent(formSheet, options, meta.groups, problems);
  const ratings = readAnswers(formSheet, model, file, problems);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  const language: TextLanguage = meta.values.language === 'en' ? 'en' : 'zh';
  const standard = new Set<string>(standardStakeholderGroupIds);
  return {
    ok: true,
    problems,
    form: {
      file,
      model: model.pack.meta.id,
      modelVersion: meta.values.model_version,
      language,
      assessmentId,
      city: meta.values.city || null,
      respondent,
      declaredGroups: options.ownGroups
        ? []
        : meta.groups
            .filter((g) => !standard.has(g.key))
            .map((g) => ({ key: g.key, name: g.name })),
      ratings,
    },
  };
}

/** The hidden sheet's values by key, and the groups it lists. */
function readMeta(sheet: FormGridSheet) {
  const values = Object.fromEntries(formMetaKeys.map((k) => [k, ''])) as Record<
    FormMetaKey,
    string
  >;
  for (const row of sheet.rows.slice(0, formMetaGroupsRow - 1)) {
    const key = cellText(row[0]);
    if ((formMetaKeys as readonly string[]).includes(key))
      values[key as FormMetaKey] = cellText(row[1]);
  }
  const groups: (FormGroup & { label: string })[] = [];
  for (const row of sheet.rows.slice(formMetaGroupsRow)) {
    const key = cellText(row[0]);
    if (key === '') continue;
    groups.push({
      key,
      label: cellText(row[1]),
      name: { zh: cellText(row[2]) || key, en: cellText(row[3]) || key },
    });
  }
  return { values, groups };
}

function readRespondent(
  sheet: FormGridSheet,
  options: ReadFormOptions,
  listed: readonly (FormGroup & { label: string })[],
  problems: FormProblem[],
): FilledForm['respondent'] {
  const column = formColumns(1).headerValue;
  const value = (row: number) => sheet.rows[row - 1]?.[column - 1];
  const at = (row: number) => ({ sheet: sheet.name, row, column });
  const name = cellText(value(formRows.respondentName));
  if (name === '')
    problems.push(
      formProblem('error', options.file, 'form-missing-name', {}, at(formRows.respondentName)),
    );

  let group: string | null = null;
  const groupText = cellText(value(formRows.group));
  if (groupText !== '') {
    const allowed = allowedGroups(options, listed);
    const wanted = groupText.toLowerCase();
    const found = allowed.find((g) =>
      [g.key, g.name.zh, g.name.en].some((label) => label.toLowerCase() === wanted),
    );
    if (found) group = found.key;
    else {
      const params = {
        found: groupText,
        allowedZh: allowed.map((g) => g.name.zh).join('、'),
        allowedEn: allowed.map((g) => g.name.en).join(', '),
      };
      problems.push(
        formProblem('error', options.file, 'form-unknown-group', params, at(formRows.group)),
      );
    }
  }

  const rawDate = value(formRows.date);
  const date = parseDateCell(rawDate);
  if (date === undefined) {
    const params = { found: cellText(rawDate) || String(rawDate) };
    problems.push(formProblem('error', options.file, 'form-bad-date', params, at(formRows.date)));
  }
  return { name, group, date: date ?? null };
}

/** The standard groups, then the organisation's own (or, read alone, those the form lists). */
function allowedGroups(
  options: ReadFormOptions,
  listed: readonly (FormGroup & { label: string })[],
): FormGroup[] {
  const standard = standardStakeholderGroupIds.map((key) => ({
    key,
    name: standardStakeholderGroups[key],
  }));
  const standardKeys = new Set<string>(standardStakeholderGroupIds);
  const own = options.ownGroups ?? listed.filter((g) => !standardKeys.has(g.key));
  return [...standard, ...own.map((g) => ({ key: g.key, name: g.name }))];
}

function readAnswers(
  sheet: FormGridSheet,
  model: ModelIndex,
  file: string,
  problems: FormProblem[],
): FilledForm['ratings'] {
  const maxLevel = model.levels.length;
  const col = formColumns(maxLevel);
  const ratings: FilledForm['ratings'] = {};
  const firstRow = new Map<string, number>();
  const unanswered: string[] = [];
  for (let row = formRows.firstBody; row <= sheet.rows.length; row++) {
    const cells = sheet.rows[row - 1] ?? [];
    const id = cellText(cells[col.id - 1]);
    const at = (column: number) => ({ sheet: sheet.name, row, column });
    const answers = (['current', 'target'] as const).map((measure) => {
      const column = measure === 'current' ? col.current : col.target;
      return {
        measure,
        column,
        raw: cells[column - 1],
        parsed: parseAnswerCell(cells[column - 1], maxLevel),
      };
    });
    if (!characteristicIdPattern.test(id)) {
      // Dimension and sub-dimension rows carry their names in column A; an answer in a row without
      // any id is an answer nobody can place.
      if (
        id === '' &&
        answers.some((a) => a.parsed.kind === 'level' || a.parsed.kind === 'unknown')
      )
        problems.push(
          formProblem('error', file, 'form-answer-without-characteristic', {}, at(col.id)),
        );
      continue;
    }
    if (!model.characteristicById.has(id)) {
      problems.push(
        formProblem(
          'error',
          file,
          'form-unknown-characteristic',
          { id, model: model.pack.meta.id },
          at(col.id),
        ),
      );
      continue;
    }
    const first = firstRow.get(id);
    if (first !== undefined) {
      problems.push(
        formProblem('error', file, 'form-duplicate-characteristic', { id, first }, at(col.id)),
      );
      continue;
    }
    firstRow.set(id, row);
    const values: Record<'current' | 'target', FormAnswer> = { current: null, target: null };
    for (const a of answers) {
      if (a.parsed.kind === 'invalid') {
        const params = {
          characteristic: id,
          measure: a.measure,
          found: describe(a.raw),
          max: maxLevel,
        };
        problems.push(formProblem('error', file, 'form-bad-level', params, at(a.column)));
      } else if (a.parsed.kind === 'level') values[a.measure] = a.parsed.level;
      else if (a.parsed.kind === 'unknown') values[a.measure] = 'unknown';
    }
    const notes = cellText(cells[col.notes - 1]);
    if (values.current === null && values.target === null && notes === '') {
      unanswered.push(id);
      continue;
    }
    if (values.current === null) unanswered.push(id);
    ratings[id] = { ...values, ...(notes ? { notes } : {}) };
    const flag = checkPlan(numeric(values.current), numeric(values.target));
    if (flag) {
      const params = {
        characteristic: id,
        current: String(values.current),
        target: String(values.target),
      };
      problems.push(formProblem('warning', file, flag, params, at(col.target)));
    }
  }
  const missing = model.characteristics.filter((c) => !firstRow.has(c.id)).map((c) => c.id);
  if (missing.length > 0)
    problems.push(
      formProblem(
        'warning',
        file,
        'form-missing-characteristics',
        { count: missing.length, ids: shortList(missing) },
        { sheet: sheet.name },
      ),
    );
  const answeredAny = Object.values(ratings).some((r) => r.current !== null || r.target !== null);
  if (!answeredAny)
    problems.push(formProblem('error', file, 'form-empty', {}, { sheet: sheet.name }));
  else if (unanswered.length > 0)
    problems.push(
      formProblem(
        'warning',
        file,
        'form-unanswered',
        { count: unanswered.length, ids: shortList(unanswered) },
        { sheet: sheet.name },
      ),
    );
  return ratings;
}

function shortList(ids: readonly string[]): string {
  return ids.slice(0, listLimit).join(', ') + (ids.length > listLimit ? ', …' : '');
}

function numeric(value: FormAnswer): number | null {
  return typeof value === 'number' ? value : null;
}

/** A found value as a message shows it. */
function describe(value: FormCellValue | undefined): string {
  if (value instanceof Date) return cellText(value);
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value);
  return String(value);
}
