import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('./locales/', import.meta.url).pathname;

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function load(lang: string, namespace: string): unknown {
  return JSON.parse(readFileSync(join(root, lang, namespace), 'utf8')) as unknown;
}

describe('interface translations', () => {
  const zh = readdirSync(join(root, 'zh')).sort();
  const en = readdirSync(join(root, 'en')).sort();

  it('have the same namespaces in Chinese and English', () => {
    expect(zh).toEqual(en);
  });

  it.each(zh)('%s has the same keys in both languages, none empty', (namespace) => {
    const zhKeys = keys(load('zh', namespace)).sort();
    expect(keys(load('en', namespace)).sort()).toEqual(zhKeys);
    const empty = (lang: string) =>
      keys(load(lang, namespace)).filter(
        (k) =>
          k
            .split('.')
            .reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], load(lang, namespace)) ===
          '',
      );
    expect([...empty('zh'), ...empty('en')]).toEqual([]);
  });
});
