import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The checks of a group of pages' strings (loaded with the pages, see usePageStrings.ts), as
// locales.test.ts checks the namespaces every page loads.

type Tree = Record<string, unknown>;

const read = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Tree;

/** Every leaf of a tree of strings as "a.b.c" with its value. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object'
      ? leaves(value as Tree, path)
      : [[path, value] as [string, unknown]];
  });
}

/**
 * Checks the strings in `<folder>/strings/{zh,en}.json` of a group of pages against each other
 * and against the eager part of their namespace (i18n/locales/<lang>/<namespace>.json).
 */
export function checkPageStrings(title: string, folder: URL, namespace: string): void {
  const pages = {
    zh: read(new URL('strings/zh.json', folder)),
    en: read(new URL('strings/en.json', folder)),
  };
  const eager = {
    zh: read(new URL(`./locales/zh/${namespace}.json`, import.meta.url)),
    en: read(new URL(`./locales/en/${namespace}.json`, import.meta.url)),
  };

  describe(title, () => {
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
}
