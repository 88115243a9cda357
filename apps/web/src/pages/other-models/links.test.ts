import { describe, expect, it } from 'vitest';
import { componentHref, distinctNotes, howToUseBlocks, lightTone, sourceText } from './links.js';

const text = (en: string, zh = `${en}（中）`) => ({ zh, en });

describe('componentHref', () => {
  it("points at the component's entry in the model browser's ISO 37106 view", () => {
    expect(componentHref('B13')).toBe('/model?view=scom#scom-B13');
  });
});

describe('lightTone', () => {
  it('knows red, yellow and green, and draws any other level neutral', () => {
    expect(['red', 'yellow', 'green', 'amber'].map(lightTone)).toEqual([
      'red',
      'yellow',
      'green',
      'neutral',
    ]);
  });
});

describe('sourceText', () => {
  const documents = new Map([['gbt-37107', 'GB/T XXXXX—XXXX']]);

  it("gives the document's designation and the reference, the language's way", () => {
    expect([
      sourceText({ doc: 'gbt-37107', ref: '5.3 表 4' }, documents, 'en'),
      sourceText({ doc: 'gbt-37107', ref: '5.3 表 4' }, documents, 'zh'),
    ]).toEqual(['GB/T XXXXX—XXXX, 5.3 表 4', 'GB/T XXXXX—XXXX，5.3 表 4']);
  });

  it('falls back on the document id when the pack does not declare it', () => {
    expect(sourceText({ doc: 'other', ref: '1' }, documents, 'en')).toBe('other, 1');
  });
});

describe('howToUseBlocks', () => {
  it('keeps paragraphs, and puts the items after a lead-in into its list', () => {
    const items = [
      text('Annex B gives a model.'),
      text('Users should:', '用户应：'),
      text('use this;'),
      text('use that.'),
    ];
    expect(howToUseBlocks(items, 'en')).toEqual([
      { kind: 'paragraph', text: 'Annex B gives a model.' },
      { kind: 'list', lead: 'Users should:', items: ['use this;', 'use that.'] },
    ]);
    expect(howToUseBlocks(items, 'zh')[1]).toEqual({
      kind: 'list',
      lead: '用户应：',
      items: ['use this;（中）', 'use that.（中）'],
    });
  });
});

describe('distinctNotes', () => {
  it('gives a note repeated on several elements once', () => {
    const note = { kind: 'decision' as const, text: text('Why') };
    expect(distinctNotes([[note], undefined, [note]], 'en')).toEqual(['Why']);
  });
});
