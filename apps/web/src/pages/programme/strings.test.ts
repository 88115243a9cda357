import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The ISO 37106 workspace pages' strings, loaded with the pages (useProgrammeStrings.ts), checked as
// i18n/locales.test.ts checks the namespaces every page loads.

type Tree = Record<string, unknown>;

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Tree;

/** Every leaf of a tree of strings as "a.b.c" with its value. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object'
      ? leaves(value as Tree, path)
      : [[path, value] as [string, unknown]];
  });
}

const pages = { zh: read('./strings/zh.json'), en: read('./strings/en.json') };
const eager = {
  zh: read('../../i18n/locales/zh/programme.json'),
  en: read('../../i18n/locales/en/programme.json'),
};

describe("the ISO 37106 workspace pages' strings", () => {
  it('have the same keys in Chinese and English', () => {
    const keys = (tree: Tree) =>
      leaves(tree)
        .map(([k]) => k)
        .sort();
    expect(keys(pages.en)).toEqual(keys(pages.zh));
  });

  it('are all non-empty text', () => {
    const bad = [...leaves(pages.zh), ...leaves(pages.en)].filter(
      ([, value]) => typeof value !== 'string' || value.trim() === '',
    );
    expect(bad).toEqual([]);
  });

  it('share no top-level key with the eager part of the namespace (which would be overwritten)', () => {
    for (const lang of ['zh', 'en'] as const)
      expect(Object.keys(pages[lang]).filter((k) => k in eager[lang])).toEqual([]);
  });

  it('keep the same interpolations in both languages', () => {
    const names = (text: unknown) =>
      [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const zh = new Map(leaves(pages.zh));
    const different = leaves(pages.en).filter(
      ([key, text]) => names(text).join() !== names(zh.get(key)).join(),
    );
    expect(different.map(([key]) => key)).toEqual([]);
  });
});
