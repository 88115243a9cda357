import { indexMaturityModel, loadBundledPacks } from '@citymaturity/model';
import { everyAnswer, fillForm } from '@citymaturity/server/exchange-test-support';
import { readFilledForms } from '@citymaturity/server';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';

async function run(args: string[]) {
  const out = { stdout: '', stderr: '' };
  const code = await main(
    args,
    {
      stdout: (text) => (out.stdout += `${text}\n`),
      stderr: (text) => (out.stderr += `${text}\n`),
    },
    { LANG: 'C.UTF-8' },
  );
  return { code, ...out };
}

const mmssc = indexMaturityModel((await loadBundledPacks()).mmssc);
const models = new Map([['mmssc', mmssc]]);
const withModels = { ctx: { models } };

describe('citymaturity form and form-import', () => {
  let dir: string;
  const path = (name: string) => join(dir, name);

  /** The blank form written by `citymaturity form`, filled in. */
  async function filled(lang: 'zh' | 'en', name: string, answers = everyAnswer(withModels)) {
    const blank = path(`blank-${lang}.xlsx`);
    expect((await run(['form', '--lang', lang, '-o', blank])).code).toBe(0);
    const file = path(name);
    await writeFile(
      file,
      await fillForm(await readFile(blank), {
        name,
        group: lang === 'zh' ? '居民' : 'Academia',
        date: '2026-11-01',
        answers,
      }),
    );
    return file;
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cm-form-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the blank diagnostic form in Chinese or English', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const r = await run(['form', '--lang', lang, '-o', path(`form-${lang}.xlsx`)]);
      expect(r.code).toBe(0);
      const { problems } = await readFilledForms(
        [{ name: `form-${lang}.xlsx`, content: await readFile(path(`form-${lang}.xlsx`)) }],
        { models },
      );
      // A blank form is a form, with nothing filled in yet.
      expect(problems.map((p) => p.code)).toEqual(['form-missing-name', 'form-empty']);
    }
  });

  it('needs the output file', async () => {
    expect((await run(['form', '--lang', 'zh'])).code).toBe(2);
  });

  it('reads filled forms into a document that validate and score accept', async () => {
    const forms = [await filled('zh', '王敏.xlsx'), await filled('en', 'ann.xlsx')];
    const out = path('paper.yaml');
    const imported = await run(['form-import', ...forms, '--city', '示例市', '-o', out]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('read 2 form(s)');
    expect((await run(['validate', out])).stdout).toContain('valid (2 respondent(s)');
    const scored = await run(['score', out, '--json']);
    const score = JSON.parse(scored.stdout) as {
      method: string;
      respondents: { total: number; byGroup: Record<string, number> };
    };
    expect([score.method, score.respondents.total, score.respondents.byGroup]).toEqual([
      'multi-stakeholder',
      2,
      { academia: 1, residents: 1 },
    ]);
  });

  it('writes JSON to standard output when asked', async () => {
    const r = await run([
      'form-import',
      await filled('en', 'one.xlsx'),
      '--city',
      'Example City',
      '--format',
      'json',
    ]);
    const document = JSON.parse(r.stdout) as {
      format: string;
      method: string;
      respondents: unknown[];
    };
    expect([document.format, document.method, document.respondents.length]).toEqual([
      'citymaturity/assessment@1',
      'single-stakeholder',
      1,
    ]);
  });

  it('lists every problem by file, sheet and cell, writes nothing and exits 1', async () => {
    const bad = await filled('zh', 'bad.xlsx', { ...everyAnswer(withModels), '1.1.1': [9, 3] });
    const out = path('bad.yaml');
    const r = await run(['form-import', bad, '--city', '示例市', '-o', out, '--lang', 'zh']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/错误: bad\.xlsx › 诊断表!H\d+: 特征 1\.1\.1 的现在水平无效：9/);
    expect(r.stderr).toContain('诊断表中有 1 个错误：未输出任何内容');
    await expect(readFile(out)).rejects.toThrow();
  });

  it('asks for the city when the forms do not name it', async () => {
    const r = await run(['form-import', await filled('en', 'nocity.xlsx')]);
    expect([r.code, r.stderr.trim().split('\n').at(-1)]).toEqual([
      1,
      'the forms do not name the city: give it with --city',
    ]);
  });

  it('says which file is missing', async () => {
    const r = await run(['form-import', path('nowhere.xlsx'), '--city', 'X']);
    expect([r.code, r.stderr]).toEqual([1, `${path('nowhere.xlsx')}: file not found\n`]);
  });
});
