import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPackFromPath } from './load-pack.js';
import { isMaturityModelPack, parsePack } from './parse-pack.js';
import { PackValidationError, type PackProblem } from './problems.js';

// A custom pack with three levels and one characteristic: packs need not be MMSSC-shaped.
const meta = `meta:
  id: mini
  kind: maturity-model
  version: 1.0.0
  title: { zh: 迷你模型, en: Mini model }
  standard: { designation: X 1, edition: "1", title: { zh: 标准, en: Standard } }
  languages: [zh-CN, en]
  documents: [{ id: x1, designation: X 1, title: { zh: 标准, en: Standard } }]
  translation: { zh: 说明, en: Note }
  rights: { zh: 说明, en: Note }
`;
const body = `levels:
  - { level: 1, name: { zh: 低, en: Low }, source: { doc: x1, ref: "1" } }
  - { level: 2, name: { zh: 中, en: Middle }, source: { doc: x1, ref: "1" } }
  - { level: 3, name: { zh: 高, en: High }, source: { doc: x1, ref: "1" } }
characteristic_types:
  - id: t
    name: { zh: 类型, en: Type }
    source: { doc: x1, ref: "2" }
    descriptions: { "1": { zh: 一, en: One }, "2": { zh: 二, en: Two }, "3": { zh: 三, en: Three } }
dimensions:
  - id: "1"
    name: { zh: 维度, en: Dimension }
    source: { doc: x1, ref: "3" }
    subdimensions:
      - id: "1.1"
        name: { zh: 子维度, en: Sub-dimension }
        source: { doc: x1, ref: "3" }
        characteristics:
          - id: "1.1.1"
            name: { zh: 特征, en: Characteristic }
            type: t
            source: { doc: x1, ref: "3" }
            levels:
              "1": { zh: 没有。, en: None. }
              "2": { zh: 部分。, en: Some. }
              "3": { zh: 除了第2级以外，全部。, en: "In addition to level 2, all.", builds_on: 2 }
`;
const text = meta + body;

function problemsOf(source: string, name = 'mini.yaml'): PackProblem[] {
  try {
    parsePack([{ name, text: source }], 'mini');
  } catch (error) {
    if (error instanceof PackValidationError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('parsePack', () => {
  it('loads a custom pack with three levels', () => {
    const pack = parsePack([{ name: 'mini.yaml', text }]);
    expect(isMaturityModelPack(pack) && pack.levels.length).toBe(3);
  });

  it('reports broken YAML with the file and line', () => {
    expect(problemsOf(`${meta}levels: [\n  - x\n`)[0]).toMatchObject({
      file: 'mini.yaml',
      path: '(root)',
    });
    expect(problemsOf(`${meta}levels: [\n  - x\n`)[0]?.message).toMatch(
      /not valid YAML \(line \d+\)/,
    );
  });

  it('names an unknown (misspelt) key with its path', () => {
    expect(problemsOf(text.replace('type: t', 'typ: t'))).toContainEqual(
      expect.objectContaining({ path: 'dimensions[0].subdimensions[0].characteristics[0]' }),
    );
  });

  it('asks for quotes when a clause number was read as a number', () => {
    expect(problemsOf(text.replace('ref: "2"', 'ref: 6.3'))).toMatchObject([
      {
        path: 'characteristic_types[0].source.ref',
        message: 'must be text: put clause numbers in quotes, e.g. ref: "6.3"',
      },
    ]);
  });

  it('requires criteria for every level', () => {
    expect(
      problemsOf(text.replace('              "2": { zh: 部分。, en: Some. }\n', '')),
    ).toMatchObject([
      {
        path: 'dimensions[0].subdimensions[0].characteristics[0].levels',
        message: 'needs criteria for each level 1, 2, 3',
      },
    ]);
  });

  it('rejects a text missing its English', () => {
    expect(problemsOf(text.replace('{ zh: 没有。, en: None. }', '{ zh: 没有。 }'))[0]?.path).toBe(
      'dimensions[0].subdimensions[0].characteristics[0].levels.1.en',
    );
  });

  it('rejects a source document that is not declared', () => {
    expect(
      problemsOf(text.replace('{ doc: x1, ref: "2" }', '{ doc: x2, ref: "2" }')),
    ).toMatchObject([
      {
        path: 'characteristic_types[0].source.doc',
        message: 'unknown source document "x2" (declare it in meta.documents)',
      },
    ]);
  });

  it('rejects an unknown characteristic type', () => {
    expect(problemsOf(text.replace('type: t', 'type: z'))).toMatchObject([
      {
        path: 'dimensions[0].subdimensions[0].characteristics[0].type',
        message: 'unknown characteristic type "z"',
      },
    ]);
  });

  it('rejects a level that builds on itself or a higher level', () => {
    expect(problemsOf(text.replace('builds_on: 2', 'builds_on: 3'))).toMatchObject([
      {
        path: 'dimensions[0].subdimensions[0].characteristics[0].levels.3.builds_on',
        message: 'a level can only build on a lower level',
      },
    ]);
  });

  it('rejects duplicate ids and ids outside their parent', () => {
    const twice =
      text +
      body.slice(body.indexOf('dimensions:')).replace('dimensions:\n', '').replace(/^/gm, '');
    expect(problemsOf(twice).map((p) => p.message)).toContain(
      'duplicate dimension id "1" (first at dimensions[0])',
    );
    expect(problemsOf(text.replace('id: "1.1.1"', 'id: "2.1.1"'))[0]?.message).toBe(
      'characteristic "2.1.1" must equal or start with its sub-dimension id "1.1"',
    );
  });

  it('rejects a non-list key defined in two files', () => {
    expect(() =>
      parsePack([
        { name: 'a.yaml', text },
        { name: 'b.yaml', text: meta },
      ]),
    ).toThrow(/key "meta" is already defined in a.yaml/);
  });
});

describe('loadPackFromPath', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true })));
  });

  it('loads a pack split over the files of a directory, lists concatenated in file order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pack-'));
    dirs.push(dir);
    await writeFile(join(dir, 'a-meta.yaml'), meta);
    await writeFile(join(dir, 'b-body.yaml'), body);
    await writeFile(join(dir, 'README.txt'), 'not part of the pack');
    const pack = await loadPackFromPath(dir);
    expect(pack.meta.id).toBe('mini');
  });

  it('reports a path that does not exist as a pack problem', async () => {
    await expect(loadPackFromPath('/nonexistent/pack')).rejects.toBeInstanceOf(PackValidationError);
  });
});
