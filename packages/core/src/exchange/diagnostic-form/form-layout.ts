import type { LocalizedText, ModelIndex, TextLanguage } from '@citymaturity/model';
import {
  standardStakeholderGroupIds,
  standardStakeholderGroups,
} from '../../stakeholder-groups.js';
import { formText, levelHeading } from './form-text.js';

/** The format tag a generated diagnostic form carries in its hidden sheet. */
export const diagnosticFormFormatTag = 'citymaturity/diagnostic-form@1';

/** The hidden sheet that tells an import which model, version, language and assessment a form is for. */
export const formMetaSheetName = '_citymaturity';

/** The defined name of the list the stakeholder-group drop-down offers. */
export const formGroupListName = 'CM_Groups';

/**
 * Where things are on the form sheet (1-based rows and columns). The level columns follow the
 * name column, one per level of the model; then the two answer columns and the notes column.
 */
export const formRows = {
  title: 1,
  context: 2,
  respondentName: 3,
  group: 4,
  date: 5,
  header: 6,
  levelHeader: 7,
  firstBody: 8,
} as const;

/** The columns of a form for a model with `levelCount` levels. */
export function formColumns(levelCount: number) {
  const firstLevel = 3;
  return {
    id: 1,
    name: 2,
    firstLevel,
    current: firstLevel + levelCount,
    target: firstLevel + levelCount + 1,
    notes: firstLevel + levelCount + 2,
    /** The column of the header block's values (respondent name, group, date). */
    headerValue: 3,
    last: firstLevel + levelCount + 2,
  };
}

/** Rows of the hidden sheet: key in column A, value in column B. */
export const formMetaKeys = [
  'format',
  'model',
  'model_version',
  'language',
  'assessment',
  'assessment_title',
  'organisation',
  'city',
] as const;
export type FormMetaKey = (typeof formMetaKeys)[number];

/** The row of the hidden sheet where the stakeholder groups start (key, label, zh, en). */
export const formMetaGroupsRow = 10;

/** How a cell looks: the renderer maps each kind to fonts, fills, borders and alignment. */
export type FormCellKind =
  | 'title'
  | 'context'
  | 'label'
  | 'input'
  | 'instructions'
  | 'header'
  | 'dimension'
  | 'subdimension'
  | 'id'
  | 'name'
  | 'criterion'
  | 'answer'
  | 'notes'
  | 'meta';

/** One cell of the form: its value and kind. */
export interface FormCell {
  row: number;
  column: number;
  value: string | null;
  kind: FormCellKind;
}

/** A rectangle of merged cells, as the printed table merges them. */
export interface FormMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A drop-down on cells: a literal list, or a defined name of a range listing the entries. */
export interface FormValidation {
  cells: readonly { row: number; column: number }[];
  list: readonly string[] | { name: string };
  prompt: LocalizedText;
  promptTitle: LocalizedText;
  error?: { title: LocalizedText; text: LocalizedText };
}

/** A sheet of the form workbook. */
export interface FormSheetModel {
  name: string;
  hidden: boolean;
  cells: FormCell[];
  merges: FormMerge[];
  /** Widths in characters, by column (index 0 = column A). */
  columnWidths: number[];
  /** Heights in points, for rows whose text wraps onto several lines. */
  rowHeights: ReadonlyMap<number, number>;
  validations: FormValidation[];
  /** The cells left editable when the sheet is protected (the answers and the header values). */
  unlocked: { row: number; column: number }[];
  /** Rows and columns kept in view while scrolling. */
  frozen: { rows: number; columns: number };
  /** Rows repeated at the top of every printed page. */
  printTitleRows: { from: number; to: number } | null;
}

/** The whole form workbook, described without any spreadsheet library. */
export interface FormWorkbookModel {
  language: TextLanguage;
  /** Font family: one with Chinese glyphs for a Chinese form. */
  font: string;
  title: string;
  sheets: [FormSheetModel, FormSheetModel];
  /** Workbook names: the drop-down list of groups. */
  definedNames: { name: string; sheet: string; range: string }[];
}

/** What to print on the form besides the model. */
export interface DiagnosticFormOptions {
  lang: TextLanguage;
  /** The organisation's own stakeholder groups, offered after the standard ones. */
  ownGroups?: readonly { key: string; name: LocalizedText }[];
  /** For a form of one assessment: its id and title, and the organisation's name. */
  assessment?: { id: string; title: string; organisationId: string; organisationName: string };
}

/** Fonts with Chinese glyphs (Excel on Windows; LibreOffice substitutes a CJK font) and without. */
const fonts = { zh: 'Microsoft YaHei', en: 'Calibri' } as const;

/** Column widths (characters) of the id, name, each level, the answers and the notes. */
const widths = { id: 8, name: 22, level: 30, current: 11, target: 13, notes: 22 };

/**
 * The Annex A diagnostic form (table A.1) of a maturity model as a spreadsheet: a header block
 * for the respondent (name, stakeholder group, date), then the table as the standard prints it
 * (dimension and sub-dimension rows across the table, one row per characteristic with the criteria
 * of every level and the two answer columns 现在水平 / 规划2年后的水平), plus a hidden sheet
 * that tells an import which model, version, language and assessment the form is for.
 */
export function diagnosticFormLayout(
  model: ModelIndex,
  options: DiagnosticFormOptions,
): FormWorkbookModel {
  const { lang } = options;
  const levelCount = model.levels.length;
  const col = formColumns(levelCount);
  const sheetName = formText.sheetName[lang];
  const cells: FormCell[] = [];
  const merges: FormMerge[] = [];
  const unlocked: { row: number; column: number }[] = [];
  const rowHeights = new Map<number, number>();
  const put = (row: number, column: number, value: string | null, kind: FormCellKind) =>
    cells.push({ row, column, value, kind });
  const across = (row: number, value: string, kind: FormCellKind) => {
    put(row, 1, value, kind);
    merges.push({ top: row, left: 1, bottom: row, right: col.last });
  };

  across(formRows.title, formText.title[lang], 'title');
  rowHeights.set(formRows.title, 24);
  const pack = model.pack.meta;
  across(
    formRows.context,
    options.assessment
      ? `${formText.assessment[lang]}: ${options.assessment.title} · ${formText.organisation[lang]}: ${options.assessment.organisationName}`
      : `${formText.model[lang]}: ${pack.title[lang]} (${pack.id} ${pack.version}, ${pack.standard.designation})`,
    'context',
  );

  const headerLabels: [number, LocalizedText][] = [
    [formRows.respondentName, formText.respondentName],
    [formRows.group, formText.group],
    [formRows.date, formText.date],
  ];
  for (const [row, label] of headerLabels) {
    put(row, 1, label[lang], 'label');
    merges.push({ top: row, left: 1, bottom: row, right: 2 });
    put(row, col.headerValue, null, 'input');
    merges.push({ top: row, left: col.headerValue, bottom: row, right: col.headerValue + 2 });
    unlocked.push({ row, column: col.headerValue });
  }
  put(formRows.respondentName, col.headerValue + 3, formText.instructions[lang], 'instructions');
  merges.push({
    top: formRows.respondentName,
    left: col.headerValue + 3,
    bottom: formRows.date,
    right: col.last,
  });
  const instructionWidth = columnWidths(levelCount)
    .slice(col.headerValue + 2)
    .reduce((a, b) => a + b, 0);
  const instructionHeight = textHeight(formText.instructions[lang], instructionWidth);
  for (const row of [formRows.respondentName, formRows.group, formRows.date])
    rowHeights.set(row, Math.max(18, Math.ceil(instructionHeight / 3)));

  // The table's two header rows, merged as the printed table A.1.
  const { header, levelHeader } = formRows;
  put(header, col.id, formText.id[lang], 'header');
  merges.push({ top: header, left: col.id, bottom: levelHeader, right: col.id });
  put(header, col.name, formText.dimension[lang], 'header');
  merges.push({ top: header, left: col.name, bottom: levelHeader, right: col.name });
  put(header, col.firstLevel, formText.levels[lang], 'header');
  merges.push({ top: header, left: col.firstLevel, bottom: header, right: col.current - 1 });
  put(header, col.current, formText.assessment[lang], 'header');
  merges.push({ top: header, left: col.current, bottom: header, right: col.target });
  put(header, col.notes, formText.notes[lang], 'header');
  merges.push({ top: header, left: col.notes, bottom: levelHeader, right: col.notes });
  model.pack.levels.forEach((level, i) => {
    put(levelHeader, col.firstLevel + i, levelHeading(level.level, level.name, lang), 'header');
  });
  put(levelHeader, col.current, formText.current[lang], 'header');
  put(levelHeader, col.target, formText.target[lang], 'header');
  rowHeights.set(levelHeader, 30);

  const answerCells: { row: number; column: number }[] = [];
  const levelWidth = widths.level;
  let row = formRows.firstBody;
  for (const dimension of model.pack.dimensions) {
    across(row, `${dimension.id}  ${dimension.name[lang]}`, 'dimension');
    rowHeights.set(row, 20);
    row++;
    for (const sub of dimension.subdimensions) {
      // A purpose of dimension 4 is a sub-dimension with one characteristic of the same id and
      // name: the printed table gives it one row, and so does the form.
      const only = sub.characteristics.length === 1 ? sub.characteristics[0] : undefined;
      if (!(only && only.id === sub.id)) {
        across(row, `${sub.id}  ${sub.name[lang]}`, 'subdimension');
        row++;
      }
      for (const characteristic of sub.characteristics) {
        put(row, col.id, characteristic.id, 'id');
        put(row, col.name, characteristic.name[lang], 'name');
        let height = textHeight(characteristic.name[lang], widths.name);
        model.pack.levels.forEach((level, i) => {
          const text = characteristic.levels[String(level.level)]?.[lang] ?? '';
          put(row, col.firstLevel + i, text, 'criterion');
          height = Math.max(height, textHeight(text, levelWidth));
        });
        put(row, col.current, null, 'answer');
        put(row, col.target, null, 'answer');
        put(row, col.notes, null, 'notes');
        for (const column of [col.current, col.target, col.notes]) unlocked.push({ row, column });
        answerCells.push({ row, column: col.current }, { row, column: col.target });
        rowHeights.set(row, height);
        row++;
      }
    }
  }

  const groups = formGroups(options.ownGroups ?? [], lang);
  const meta = metaSheet(model, options, groups);
  const lastGroupRow = formMetaGroupsRow + groups.length;
  const form: FormSheetModel = {
    name: sheetName,
    hidden: false,
    cells,
    merges,
    columnWidths: columnWidths(levelCount),
    rowHeights,
    validations: [
      {
        cells: answerCells,
        list: [...model.levels.map(String), formText.dontKnow[lang]],
        promptTitle: formText.answerPromptTitle,
        prompt: formText.answerPrompt,
        error: { title: formText.answerErrorTitle, text: formText.answerError },
      },
      {
        cells: [{ row: formRows.group, column: col.headerValue }],
        list: { name: formGroupListName },
        promptTitle: formText.group,
        prompt: formText.groupPrompt,
      },
    ],
    unlocked,
    frozen: { rows: formRows.levelHeader, columns: col.name },
    printTitleRows: { from: formRows.header, to: formRows.levelHeader },
  };
  return {
    language: lang,
    font: fonts[lang],
    title: formText.title[lang],
    sheets: [form, meta],
    definedNames: [
      {
        name: formGroupListName,
        sheet: formMetaSheetName,
        range: `$B$${String(formMetaGroupsRow + 1)}:$B$${String(lastGroupRow)}`,
      },
    ],
  };
}

/** The groups a respondent may choose: the standard ones, then the organisation's own. */
function formGroups(
  own: readonly { key: string; name: LocalizedText }[],
  lang: TextLanguage,
): { key: string; label: string; name: LocalizedText }[] {
  return [
    ...standardStakeholderGroupIds.map((key) => ({ key, name: standardStakeholderGroups[key] })),
    ...own,
  ].map((g) => ({ key: g.key, label: g.name[lang], name: g.name }));
}

function metaSheet(
  model: ModelIndex,
  options: DiagnosticFormOptions,
  groups: { key: string; label: string; name: LocalizedText }[],
): FormSheetModel {
  const values: Record<FormMetaKey, string> = {
    format: diagnosticFormFormatTag,
    model: model.pack.meta.id,
    model_version: model.pack.meta.version,
    language: options.lang,
    assessment: options.assessment?.id ?? '',
    assessment_title: options.assessment?.title ?? '',
    organisation: options.assessment?.organisationId ?? '',
    city: options.assessment?.organisationName ?? '',
  };
  const cells: FormCell[] = formMetaKeys.flatMap((key, i) => [
    { row: i + 1, column: 1, value: key, kind: 'meta' as const },
    { row: i + 1, column: 2, value: values[key] || null, kind: 'meta' as const },
  ]);
  ['group', 'label', 'zh', 'en'].forEach((heading, i) => {
    cells.push({ row: formMetaGroupsRow, column: i + 1, value: heading, kind: 'meta' });
  });
  groups.forEach((g, i) => {
    const row = formMetaGroupsRow + 1 + i;
    cells.push(
      { row, column: 1, value: g.key, kind: 'meta' },
      { row, column: 2, value: g.label, kind: 'meta' },
      { row, column: 3, value: g.name.zh, kind: 'meta' },
      { row, column: 4, value: g.name.en, kind: 'meta' },
    );
  });
  return {
    name: formMetaSheetName,
    hidden: true,
    cells,
    merges: [],
    columnWidths: [16, 36, 24, 32],
    rowHeights: new Map(),
    validations: [],
    unlocked: [],
    frozen: { rows: 0, columns: 0 },
    printTitleRows: null,
  };
}

function columnWidths(levelCount: number): number[] {
  return [
    widths.id,
    widths.name,
    ...Array.from({ length: levelCount }, () => widths.level),
    widths.current,
    widths.target,
    widths.notes,
  ];
}

/** Points per line of the table's 10-point text, and the most a spreadsheet row may be. */
const lineHeight = 13.5;
const maxRowHeight = 409;

/**
 * The height (points) a wrapped text needs in a column of `width` characters: spreadsheets do not
 * grow a row to its wrapped text when they open a file, so the form sets each row's height. A
 * Chinese character is about two characters wide; 10-point text fits a few more per column width.
 */
export function textHeight(text: string, width: number): number {
  const perLine = Math.max(4, (width - 1) * 1.2);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let units = 0;
    for (const ch of paragraph) units += /[\u1100-\uffdc]/.test(ch) ? 2 : 1;
    lines += Math.max(1, Math.ceil(units / perLine));
  }
  return Math.min(maxRowHeight, Math.ceil(lines * lineHeight + 6));
}
