import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { indexMaturityModel, loadBundledPacks } from '@citymaturity/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyAnswer, filledModelForm } from '../test-support/exchange-fixtures.js';
import { modelDiagnosticForm } from '../use-cases/make-diagnostic-form.js';
import { readFilledForms } from '../use-cases/read-filled-forms.js';

// A real spreadsheet must read the forms we write, and we must read what it writes back: the
// generated forms go through LibreOffice (Debian's libreoffice-calc, headless), to CSV and to
// XLSX, in both languages. One LibreOffice start per conversion of several files (~3 s each).

const run = promisify(execFile);
const mmssc = indexMaturityModel((await loadBundledPacks()).mmssc);
const server = { ctx: { models: new Map([['mmssc', mmssc]]) } };
let dir: string;

/** Converts files with LibreOffice in one start; returns the converted files' paths. */
async function convert(files: string[], filter: string, extension: string): Promise<string[]> {
  const out = join(dir, `out-${randomBytes(4).toString('hex')}`);
  await run(
    'soffice',
    [
      // A profile of its own, so that concurrent test runs do not share LibreOffice's lock.
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      filter,
      '--outdir',
      out,
      ...files,
    ],
    { timeout: 120_000 },
  );
  return files.map((f) =>
    join(out, `${(f.split('/').pop() ?? '').replace(/\.xlsx$/, '')}.${extension}`),
  );
}

describe('the diagnostic form through LibreOffice', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cm-libreoffice-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is read by LibreOffice in both languages: headers, every characteristic, Chinese intact', async () => {
    const files = [];
    for (const lang of ['zh', 'en'] as const) {
      const file = join(dir, `blank-${lang}.xlsx`);
      await writeFile(file, await modelDiagnosticForm(mmssc, lang));
      files.push(file);
    }
    // 76 = UTF-8: the CSV keeps the Chinese text.
    const [zh, en] = await convert(files, 'csv:Text - txt - csv (StarCalc):44,34,76', 'csv');
    const zhText = await readFile(zh ?? '', 'utf8');
    const enText = await readFile(en ?? '', 'utf8');
    expect(zhText).toContain('现在水平,规划2年后的水平');
    expect(zhText).toContain(
      '1.1.1,以目标为导向的城市愿景和战略,没有公布关于城市未来的愿景和战略。',
    );
    expect(enText).toContain('Current level,Level planned in two years');
    for (const text of [zhText, enText]) {
      const ids = text
        .split('\n')
        .map((line) => line.split(',')[0])
        .filter((id) => /^\d+(\.\d+)+$/.test(id ?? ''));
      expect(ids).toEqual(mmssc.characteristics.map((c) => c.id));
    }
  });

  it('comes back from LibreOffice filled in, in both languages, with every answer read', async () => {
    const answers = {
      ...everyAnswer(server),
      '2.2.1': ['不知道', 4, '开放数据目录'] as [unknown, unknown, string],
    };
    const zh = join(dir, 'filled-zh.xlsx');
    const en = join(dir, 'filled-en.xlsx');
    await writeFile(zh, await filledModelForm(server, 'zh', { group: '学术界', answers }));
    await writeFile(
      en,
      await filledModelForm(server, 'en', {
        date: new Date(Date.UTC(2026, 10, 2)),
        answers: { ...everyAnswer(server), '4.6': ['Don’t know', 'Don’t know'] },
      }),
    );
    const saved = await convert([zh, en], 'xlsx:Calc MS Excel 2007 XML', 'xlsx');
    const files = await Promise.all(
      saved.map(async (path, i) => ({
        name: i === 0 ? 'zh.xlsx' : 'en.xlsx',
        content: await readFile(path),
      })),
    );
    const { forms, problems } = await readFilledForms(files, { models: server.ctx.models });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(forms.map((f) => f.respondent)).toEqual([
      { name: '王敏', group: 'academia', date: '2026-11-01' },
      { name: 'Ann Lee', group: 'residents', date: '2026-11-02' },
    ]);
    expect(forms[0]?.ratings['2.2.1']).toEqual({
      current: 'unknown',
      target: 4,
      notes: '开放数据目录',
    });
    expect(forms[0]?.ratings['1.1.1']).toEqual({ current: 1, target: 2 });
    expect(forms[1]?.ratings['4.6']).toEqual({ current: 'unknown', target: 'unknown' });
    expect(Object.keys(forms[1]?.ratings ?? {})).toHaveLength(32);
  });
});
