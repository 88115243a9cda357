import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const bin = fileURLToPath(new URL('../bin/citymaturity.js', import.meta.url));
const example = fileURLToPath(new URL('../../../examples/example-city.yaml', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns the real command, as a user would, with an English locale unless told otherwise. */
function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      {
        env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', ...env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const stackTrace = /\n\s+at .+:\d+:\d+/;
let dir: string;
let exampleText: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citymaturity-cli-'));
  exampleText = await readFile(example, 'utf8');
});
afterAll(async () => {
  await rm(dir, { recursive: true });
});

/** Writes a variant of the example with one replacement and returns its path. */
async function variant(name: string, from: string | RegExp, to: string): Promise<string> {
  const text = exampleText.replace(from, to);
  expect(text).not.toBe(exampleText);
  await writeFile(file(name), text);
  return file(name);
}

describe('citymaturity: usage', () => {
  it('prints help and exits 2 without a command', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: citymaturity');
  });

  it('prints help and exits 2 for an unknown command', async () => {
    const r = await run(['scroe', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'scroe'[\s\S]*Usage:/);
  });

  it.each([
    ['an unknown option', ['score', example, '--colour']],
    ['a number option that is not a number', ['score', example, '--top', 'many']],
    ['a value outside the choices', ['template', '--format', 'xml']],
  ])('exits 2 with help for %s', async (_, args) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: citymaturity');
  });

  it('exits 2 when the file argument is missing', async () => {
    const r = await run(['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing required argument 'file'");
  });

  it('shows help in Chinese when the locale is Chinese', async () => {
    const r = await run(['--help'], { LANG: 'zh_CN.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('检查评估文件');
  });
});

describe('citymaturity template', () => {
  it('prints a YAML template that validates, with every characteristic to fill in', async () => {
    const r = await run(['template', '--lang', 'en']);
    expect(r.code).toBe(0);
    const doc = parseYaml(r.stdout) as { respondents: { ratings: Record<string, unknown> }[] };
    expect(Object.keys(doc.respondents[0]?.ratings ?? {})).toHaveLength(32);
    await writeFile(file('template.yaml'), r.stdout);
    const v = await run(['validate', file('template.yaml')]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('has not answered 32 characteristic(s)');
  });

  it('comments the characteristics in the chosen language', async () => {
    const r = await run(['template', '--lang', 'zh']);
    expect(r.stdout).toContain('# 1.1.1 以目标为导向的城市愿景和战略');
    expect(r.stdout).toContain('现在水平');
  });

  it('prints the template as JSON', async () => {
    const r = await run(['template', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({
      format: 'citymaturity/assessment@1',
      model: 'mmssc',
    });
  });
});

describe('citymaturity validate', () => {
  it('accepts the bundled example, listing its warnings', async () => {
    const r = await run(['validate', example]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid \(16 respondent\(s\), \d+ warning\(s\)\)/);
  });

  it('reports a missing file clearly and exits 1', async () => {
    const r = await run(['validate', file('nope.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${file('nope.yaml')}: file not found\n`);
  });

  it('reports broken YAML with its line and exits 1', async () => {
    const path = await variant('broken.yaml', 'respondents:\n', 'respondents: [\n');
    const r = await run(['validate', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /broken\.yaml:\d+: error: \(file\): not valid YAML\/JSON \(line \d+, column \d+\)/,
    );
  });

  it('reports an unknown characteristic id with its path', async () => {
    const path = await variant(
      'unknown-id.yaml',
      '"1.1.2": { current: 2, target: 4 }',
      '"1.9.9": { current: 2, target: 4 }',
    );
    const r = await run(['validate', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'error: respondents[0].ratings["1.9.9"]: model mmssc has no characteristic "1.9.9"',
    );
  });

  it('reports level 7 with file, line, path and message', async () => {
    const path = await variant(
      'level7.yaml',
      '"1.1.2": { current: 2, target: 4 }',
      '"1.1.2": { current: 7, target: 4 }',
    );
    const r = await run(['validate', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'level7.yaml:21: error: respondents[0].ratings["1.1.2"].current: a level must be a whole number from 1 to 5 or "unknown" (found 7)',
    );
  });

  it('reports a wrong format tag', async () => {
    const path = await variant(
      'format.yaml',
      'format: citymaturity/assessment@1',
      'format: citymaturity/assessment@9',
    );
    const r = await run(['validate', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'error: format: must be "citymaturity/assessment@1" (found "citymaturity/assessment@9")',
    );
  });

  it('reports problems in Chinese with --lang zh', async () => {
    const path = await variant(
      'level7zh.yaml',
      '"1.1.2": { current: 2, target: 4 }',
      '"1.1.2": { current: 7, target: 4 }',
    );
    const r = await run(['validate', path, '--lang', 'zh']);
    expect(r.stderr).toContain(
      '错误: respondents[0].ratings["1.1.2"].current: 级别必须是 1 到 5 的整数或 "unknown"（不知道）（实际为 7）',
    );
  });

  it('lists every problem of a file, not only the first', async () => {
    const text = exampleText
      .replace('"1.1.2": { current: 2, target: 4 }', '"1.1.2": { current: 9, target: 4 }')
      .replace('method: multi-stakeholder', 'method: survey');
    await writeFile(file('many.yaml'), text);
    const r = await run(['validate', file('many.yaml')]);
    expect(r.stderr).toMatch(/2 error\(s\), cannot be used/);
  });

  it('prints problems as JSON with --json', async () => {
    const path = await variant(
      'json.yaml',
      '"1.1.2": { current: 2, target: 4 }',
      '"1.1.2": { current: 7, target: 4 }',
    );
    const r = await run(['validate', path, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      valid: boolean;
      problems: { code: string; message: { zh: string; en: string } }[];
    };
    expect(out.valid).toBe(false);
    expect(out.problems.find((p) => p.code === 'level')?.message.zh).toContain('级别');
  });
});

describe('citymaturity score', () => {
  it('prints the readable report: roll-ups, divergence, alpha and priorities', async () => {
    const r = await run(['score', example, '--lang', 'en']);
    expect(r.code).toBe(0);
    for (const heading of [
      'Dimension / sub-dimension',
      'Overall',
      'Perception differences',
      'Krippendorff',
      'Priorities (top 5 of',
    ]) {
      expect(r.stdout).toContain(heading);
    }
    expect(r.stdout).toContain('Criteria of the next level');
  });

  it('prints the report in Chinese', async () => {
    const r = await run(['score', example, '--lang', 'zh']);
    expect(r.stdout).toContain('维度 / 子维度');
    expect(r.stdout).toContain('下一级');
  });

  it('prints one JSON object with --json, statistics named as documented', async () => {
    const r = await run(['score', example, '--json']);
    expect(r.code).toBe(0);
    const score = JSON.parse(r.stdout) as Record<string, unknown> & {
      characteristics: Record<string, { current: Record<string, unknown>; gap: unknown }>;
    };
    for (const key of [
      'characteristics',
      'subdimensions',
      'dimensions',
      'overall',
      'divergence',
      'alpha',
      'priorities',
    ])
      expect(score).toHaveProperty(key);
    expect(Object.keys(score.characteristics)).toHaveLength(32);
    expect(Object.keys(score.characteristics['1.1.1']?.current ?? {}).sort()).toEqual([
      'agreement',
      'distribution',
      'iqr',
      'max',
      'mean',
      'median',
      'min',
      'missing',
      'n',
      'unknown',
    ]);
    const subdimensions = score.subdimensions as Record<
      string,
      { current: unknown; target: unknown }
    >;
    expect([typeof subdimensions['1.1']?.current, typeof subdimensions['1.1']?.target]).toEqual([
      'number',
      'number',
    ]);
  });

  it('refuses an invalid file with its problems and exit 1', async () => {
    const path = await variant(
      'score-bad.yaml',
      '"1.1.2": { current: 2, target: 4 }',
      '"1.1.2": { current: 7, target: 4 }',
    );
    const r = await run(['score', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cannot be used');
  });

  it('hides the statistics of groups smaller than --min-group-size', async () => {
    const r = await run(['score', example, '--json', '--min-group-size', '3']);
    const score = JSON.parse(r.stdout) as {
      stakeholderGroups: Record<string, { suppressed: boolean; characteristics?: unknown }>;
    };
    expect(score.stakeholderGroups.academia).toEqual({ respondents: 2, suppressed: true });
    expect(score.stakeholderGroups['local-government']?.suppressed).toBe(false);
  });
});

describe('citymaturity model', () => {
  it('prints the MMSSC as JSON: dimensions → sub-dimensions → characteristics → levels 1–5 in zh and en', async () => {
    const r = await run(['model', '--json']);
    const pack = JSON.parse(r.stdout) as {
      dimensions: {
        subdimensions: {
          characteristics: { levels: Record<string, { zh: string; en: string }> }[];
        }[];
      }[];
    };
    const characteristics = pack.dimensions.flatMap((d) =>
      d.subdimensions.flatMap((s) => s.characteristics),
    );
    expect(characteristics).toHaveLength(32);
    for (const c of characteristics) {
      expect(Object.keys(c.levels)).toEqual(['1', '2', '3', '4', '5']);
      expect([typeof c.levels['3']?.zh, typeof c.levels['3']?.en]).toEqual(['string', 'string']);
    }
  });

  it('prints the MMSSC readable, in the chosen language', async () => {
    const r = await run(['model', '--lang', 'zh']);
    expect(r.stdout).toContain('1.1.1 以目标为导向的城市愿景和战略');
  });

  it('prints the ISO 37106 operating model', async () => {
    const r = await run(['model', '--pack', 'scom', '--lang', 'en']);
    expect(r.stdout).toContain('[B7]');
    expect(r.stdout).toContain('[C1]');
  });
});

describe('citymaturity pack-check', () => {
  it('accepts the bundled packs', async () => {
    const r = await run([
      'pack-check',
      fileURLToPath(new URL('../../../packages/model/packs/scom', import.meta.url)),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('model pack is valid: scom');
  });

  it('names every problem of a broken pack and exits 1', async () => {
    await writeFile(file('pack.yaml'), 'meta: { id: Bad }\n');
    const r = await run(['pack-check', file('pack.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('model pack is invalid');
    expect(r.stderr).toContain('meta.id');
  });
});

describe('citymaturity never prints a stack trace', () => {
  it.each([
    [['validate', '/']],
    [['score', '/nonexistent/file.yaml']],
    [['pack-check', '/nonexistent']],
    [['validate', '--lang', 'fr', 'x']],
  ])('%j', async (args) => {
    const r = await run(args);
    expect(r.code).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(stackTrace);
  });
});
