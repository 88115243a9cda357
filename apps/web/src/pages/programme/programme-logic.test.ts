import { loadBundledPacks, type OperatingModelPack } from '@citymaturity/model';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checklistCounts,
  clauseText,
  codeAnchor,
  componentGroups,
  pageClause,
  recommendationCount,
} from './programme-logic.js';
import { programmePageOf, programmePages, programmePath } from './tools.js';

let pack: OperatingModelPack;
beforeAll(async () => {
  pack = (await loadBundledPacks()).scom;
});

describe('clauseText', () => {
  it('keeps the Chinese reference in Chinese', () => {
    expect(clauseText('附录 B 表 B.1', 'zh')).toBe('附录 B 表 B.1');
  });

  it('names annexes, tables and figures in English', () => {
    expect([
      clauseText('附录 B 表 B.1', 'en'),
      clauseText('6.7.2 图 5', 'en'),
      clauseText('8；附录 B', 'en'),
    ]).toEqual(['Annex B table B.1', '6.7.2 figure 5', '8; Annex B']);
  });
});

describe('componentGroups', () => {
  it('groups A, B by its three areas, C and D, in the pack order, every component once', () => {
    const groups = componentGroups(pack);
    expect(groups.map((g) => `${g.part}${g.area ? `/${g.area}` : ''}`)).toEqual([
      'A',
      'B/strategic-management',
      'B/citizen-centric-service-management',
      'B/digital-and-physical-resource-management',
      'C',
      'D',
    ]);
    expect(groups.flatMap((g) => g.components.map((c) => c.code))).toEqual(
      pack.components.map((c) => c.code),
    );
  });

  it('counts every recommendation of the tracker', () => {
    expect(recommendationCount(pack.components)).toBe(
      pack.components.flatMap((c) => c.recommendations).length,
    );
  });
});

describe('the self-checks and reviews', () => {
  it('counts the checklist statements and those the editors wrote', () => {
    const counts = checklistCounts(pack);
    expect(counts.derived > 0 && counts.derived < counts.statements).toBe(true);
  });
});

describe('pageClause', () => {
  it('names the clause of each tool from the pack', () => {
    expect([
      pageClause(pack, 'roadmap'),
      pageClause(pack, 'interoperability'),
      pageClause(pack, 'overview'),
    ]).toEqual(['6.9.2 表 6', '6.7.2 图 5', undefined]);
  });
});

describe('the workspace paths', () => {
  it('give the overview and each tool its path, and read them back', () => {
    const paths = programmePages.map((p) => programmePath('org-1', p));
    expect([paths[0], paths[4], paths.map(programmePageOf)]).toEqual([
      '/organisations/org-1/programme',
      '/organisations/org-1/programme/roadmap',
      programmePages,
    ]);
  });

  it('know no page outside the workspace', () => {
    expect([
      programmePageOf('/organisations/x/programme/unknown'),
      programmePageOf('/organisations/x'),
    ]).toEqual([undefined, undefined]);
  });
});

describe('codeAnchor', () => {
  it("points a component's code to its entry and a whole part's code to the part", () => {
    expect([codeAnchor(pack, 'B7'), codeAnchor(pack, 'C'), codeAnchor(pack, 'A')]).toEqual([
      'component-B7',
      'part-C',
      'component-A',
    ]);
  });
});
