import { indexMaturityModel, loadBundledPacks } from '@citymaturity/model';
import { describe, expect, it } from 'vitest';
import {
  diagnosticFormFormatTag,
  diagnosticFormLayout,
  formColumns,
  formMetaSheetName,
  formRows,
  textHeight,
} from './form-layout.js';

const mmssc = indexMaturityModel((await loadBundledPacks()).mmssc);
const col = formColumns(5);
const zh = diagnosticFormLayout(mmssc, { lang: 'zh' });
const en = diagnosticFormLayout(mmssc, { lang: 'en' });
const [form, meta] = zh.sheets;
const valueAt = (row: number, column: number) =>
  form.cells.find((c) => c.row === row && c.column === column)?.value;

describe('diagnosticFormLayout', () => {
  it('has one row per characteristic, with its id, in the model order', () => {
    const ids = form.cells.filter((c) => c.kind === 'id').map((c) => c.value);
    expect(ids).toEqual(mmssc.characteristics.map((c) => c.id));
    expect(ids).toHaveLength(32);
  });

  it('puts the five criteria of a characteristic in the level columns, in the form language', () => {
    const row = form.cells.find((c) => c.value === '1.1.1')?.row ?? 0;
    const criteria = [1, 2, 3, 4, 5].map((l) => valueAt(row, col.firstLevel + l - 1));
    expect(criteria[0]).toBe('没有公布关于城市未来的愿景和战略。');
    expect(criteria[4]).toMatch(/^除了如第4级绩效标准以外/);
    const enRow = en.sheets[0].cells.find((c) => c.value === '1.1.1')?.row ?? 0;
    const enFirst = en.sheets[0].cells.find((c) => c.row === enRow && c.column === col.firstLevel);
    expect(enFirst?.value).toBe("No vision and strategy for the city's future has been published.");
  });

  it('heads the answer columns 现在水平 / 规划2年后的水平 under 评估, as table A.1 does', () => {
    expect(valueAt(formRows.header, col.current)).toBe('评估');
    expect(valueAt(formRows.levelHeader, col.current)).toBe('现在水平');
    expect(valueAt(formRows.levelHeader, col.target)).toBe('规划2年后的水平');
    expect(valueAt(formRows.levelHeader, col.firstLevel)).toBe('1：初始');
    const enForm = en.sheets[0];
    const enHeads = enForm.cells.filter((c) => c.row === formRows.levelHeader).map((c) => c.value);
    expect(enHeads).toContain('Current level');
    expect(enHeads).toContain('Level planned in two years');
  });

  it('merges the header cells as the printed table merges them', () => {
    expect(form.merges).toContainEqual({
      top: formRows.header,
      left: col.firstLevel,
      bottom: formRows.header,
      right: col.firstLevel + 4,
    });
    expect(form.merges).toContainEqual({
      top: formRows.header,
      left: col.current,
      bottom: formRows.header,
      right: col.target,
    });
    expect(form.merges).toContainEqual({
      top: formRows.header,
      left: col.name,
      bottom: formRows.levelHeader,
      right: col.name,
    });
  });

  it('writes a row across the table for each dimension and each sub-dimension with several rows', () => {
    const bands = form.cells.filter((c) => c.kind === 'dimension' || c.kind === 'subdimension');
    expect(bands.filter((c) => c.kind === 'dimension').map((c) => c.value)).toEqual([
      '1  战略管理',
      '2  以人为本的服务管理',
      '3  数字化和物理资源管理',
      '4  可持续城市宗旨',
    ]);
    // 17 sub-dimensions, of which the six purposes are their own characteristic's row.
    expect(bands.filter((c) => c.kind === 'subdimension')).toHaveLength(11);
    for (const band of bands)
      expect(form.merges).toContainEqual({
        top: band.row,
        left: 1,
        bottom: band.row,
        right: col.last,
      });
  });

  it('offers 1–5 and "don’t know" in the language of the form on both answer cells of every row', () => {
    const [answers] = form.validations;
    expect(answers?.list).toEqual(['1', '2', '3', '4', '5', '不知道']);
    expect(answers?.cells).toHaveLength(64);
    expect(en.sheets[0].validations[0]?.list).toEqual(['1', '2', '3', '4', '5', 'Don’t know']);
  });

  it('leaves only the answers, the notes and the respondent block editable', () => {
    expect(form.unlocked).toHaveLength(32 * 3 + 3);
    const kinds = new Set(
      form.unlocked.map(
        (u) => form.cells.find((c) => c.row === u.row && c.column === u.column)?.kind,
      ),
    );
    expect([...kinds].sort()).toEqual(['answer', 'input', 'notes']);
  });

  it('lists the standard groups and the organisation’s own for the group drop-down', () => {
    const own = diagnosticFormLayout(mmssc, {
      lang: 'en',
      ownGroups: [{ key: 'planners', name: { zh: '规划师', en: 'Planners' } }],
    });
    const labels = own.sheets[1].cells.filter((c) => c.column === 2 && c.row > 10);
    expect(labels.map((c) => c.value)).toEqual([
      'Local government department',
      'Public agency',
      'Private sector',
      'Community and voluntary sector',
      'Academia',
      'Residents',
      'Planners',
    ]);
    expect(own.definedNames).toEqual([
      { name: 'CM_Groups', sheet: formMetaSheetName, range: '$B$11:$B$17' },
    ]);
  });

  it('records format, model, version, language and assessment in a hidden sheet', () => {
    const layout = diagnosticFormLayout(mmssc, {
      lang: 'en',
      assessment: {
        id: 'a-1',
        title: '2026 baseline',
        organisationId: 'o-1',
        organisationName: 'Example City',
      },
    });
    const hidden = layout.sheets[1];
    const pairs = Object.fromEntries(
      hidden.cells
        .filter((c) => c.column === 1 && c.row < 10)
        .map((c) => [
          c.value ?? '',
          hidden.cells.find((v) => v.row === c.row && v.column === 2)?.value,
        ]),
    );
    expect(hidden.hidden).toBe(true);
    expect(pairs).toEqual({
      format: diagnosticFormFormatTag,
      model: 'mmssc',
      model_version: mmssc.pack.meta.version,
      language: 'en',
      assessment: 'a-1',
      assessment_title: '2026 baseline',
      organisation: 'o-1',
      city: 'Example City',
    });
    expect(meta.cells.find((c) => c.value === 'assessment')).toBeDefined();
  });

  it('names the assessment and the organisation above the table of an assessment’s form', () => {
    const layout = diagnosticFormLayout(mmssc, {
      lang: 'zh',
      assessment: {
        id: 'a-1',
        title: '2026 基线',
        organisationId: 'o-1',
        organisationName: '示例市',
      },
    });
    const context = layout.sheets[0].cells.find((c) => c.row === formRows.context);
    expect(context?.value).toBe('评估: 2026 基线 · 组织: 示例市');
  });

  it('uses a font with Chinese glyphs for a Chinese form', () => {
    expect([zh.font, en.font]).toEqual(['Microsoft YaHei', 'Calibri']);
  });

  it('freezes the header rows and the id and name columns, and repeats the header on every page', () => {
    expect(form.frozen).toEqual({ rows: formRows.levelHeader, columns: col.name });
    expect(form.printTitleRows).toEqual({ from: formRows.header, to: formRows.levelHeader });
  });

  it('makes rows high enough for their longest criterion', () => {
    const row = form.cells.find((c) => c.value === '3.1.2')?.row ?? 0;
    expect(form.rowHeights.get(row)).toBeGreaterThan(100);
  });
});

describe('textHeight', () => {
  it('counts a Chinese character as two characters wide', () => {
    expect(textHeight('中'.repeat(30), 30)).toBeGreaterThan(textHeight('x'.repeat(30), 30));
  });

  it('adds a line for every line break', () => {
    expect(textHeight('a\nb\nc', 30)).toBe(textHeight('a', 30) + 2 * 13.5);
  });

  it('never exceeds the tallest row a spreadsheet allows', () => {
    expect(textHeight('x'.repeat(100_000), 10)).toBe(409);
  });
});
