import { describe, expect, it } from 'vitest';
import { highlightParts, matches, queryTerms } from './search.js';

describe('queryTerms', () => {
  it('splits on spaces and folds case and width', () => {
    expect(queryTerms('  Open  DATA ')).toEqual(['open', 'data']);
    expect(queryTerms('ＡＢＣ１')).toEqual(['abc1']);
  });
});

describe('matches', () => {
  it('needs every term somewhere in the texts', () => {
    expect(matches(['open', 'data'], [], ['Open data platform'])).toBe(true);
    expect(matches(['open', 'water'], [], ['Open data platform'])).toBe(false);
  });

  it('finds Chinese text', () => {
    expect(matches(queryTerms('数据'), [], ['开放数据平台'])).toBe(true);
  });

  it('matches ids by their start, not in the middle', () => {
    expect(matches(['1.2'], ['1.2.3'], [])).toBe(true);
    expect(matches(['2.1'], ['1.2.1'], [])).toBe(false);
  });

  it('matches everything without terms', () => {
    expect(matches([], ['1'], [])).toBe(true);
  });
});

describe('highlightParts', () => {
  it('marks each occurrence of each term', () => {
    expect(highlightParts('Data and open data', ['data'])).toEqual([
      { text: 'Data', match: true },
      { text: ' and open ', match: false },
      { text: 'data', match: true },
    ]);
  });

  it('joins overlapping terms', () => {
    expect(highlightParts('城市愿景', ['城市', '市愿'])).toEqual([
      { text: '城市愿', match: true },
      { text: '景', match: false },
    ]);
  });

  it('leaves text without terms whole', () => {
    expect(highlightParts('text', [])).toEqual([{ text: 'text', match: false }]);
  });
});
