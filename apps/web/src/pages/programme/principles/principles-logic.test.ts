import { loadBundledPacks, type OperatingModelPack } from '@citymaturity/model';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principle, RegisteredStakeholder } from '../../../api/programme-components.js';
import {
  agreementIssues,
  agreementRows,
  agreementsInput,
  agreementsText,
  principleName,
  stanceKey,
  withPrinciple,
} from './principles-logic.js';

let pack: OperatingModelPack;
beforeAll(async () => {
  pack = (await loadBundledPacks()).scom;
});

const principle = (over: Partial<Principle>): Principle => ({
  id: null,
  packPrincipleId: 'visionary',
  stance: null,
  title: '',
  wording: '',
  position: 0,
  version: 0,
  updatedAt: null,
  updatedBy: null,
  agreements: [],
  ...over,
});

const stakeholder = (id: string, name: string): RegisteredStakeholder => ({
  id,
  name,
  typeId: 'promoters',
  affiliation: '',
  principleAgreements: 0,
});

describe('stanceKey', () => {
  it('calls a principle of the standard without a stance not decided yet', () => {
    expect([stanceKey({ stance: null }), stanceKey({ stance: 'adapted' })]).toEqual([
      'undecided',
      'adapted',
    ]);
  });
});

describe('principleName', () => {
  it("uses the city's title when it has one, else the standard's name", () => {
    const visionary = pack.implementation_principles?.find((p) => p.id === 'visionary');
    expect([
      principleName({ title: '数字示例市' }, visionary, 'en'),
      principleName({ title: '  ' }, visionary, 'en'),
      principleName({ title: '' }, visionary, 'zh'),
    ]).toEqual(['数字示例市', visionary?.name.en, visionary?.name.zh]);
  });
});

describe('agreementRows and agreementsInput', () => {
  const register = [stakeholder('s1', 'Ann'), stakeholder('s2', 'Bo'), stakeholder('s3', 'Cy')];

  it('ticks the stakeholders who agreed with their date, the others with today ready', () => {
    const rows = agreementRows(
      register,
      [{ stakeholderId: 's2', name: 'Bo', typeId: 'promoters', agreedOn: '2026-10-20' }],
      '2026-11-22',
    );
    expect(rows.map((r) => [r.stakeholderId, r.agreed, r.agreedOn])).toEqual([
      ['s1', false, '2026-11-22'],
      ['s2', true, '2026-10-20'],
      ['s3', false, '2026-11-22'],
    ]);
  });

  it('sends the ticked rows only, in order', () => {
    const rows = agreementRows(register, [], '2026-11-22').map((r) =>
      r.stakeholderId === 's1' ? r : { ...r, agreed: true },
    );
    expect(agreementsInput(rows)).toEqual([
      { stakeholderId: 's2', agreedOn: '2026-11-22' },
      { stakeholderId: 's3', agreedOn: '2026-11-22' },
    ]);
  });
});

describe('agreementIssues', () => {
  it('gives each issue to the stakeholder sent at its index', () => {
    const sent = [{ stakeholderId: 's2' }, { stakeholderId: 's3' }];
    const issues = agreementIssues(
      [
        { path: 'body.agreements.1.stakeholderId', message: 'not in the register' },
        { path: 'body.agreements.0.agreedOn', message: 'a date' },
        { path: 'body.agreements.7.agreedOn', message: 'out of range' },
        { path: 'headers.if-match', message: 'required' },
      ],
      sent,
    );
    expect([...issues]).toEqual([
      ['s3', ['not in the register']],
      ['s2', ['a date']],
    ]);
  });
});

describe('agreementsText', () => {
  it('lists the agreements by name, one a line, with the date formatted', () => {
    expect(
      agreementsText(
        [
          { name: 'Bo', agreedOn: '2026-10-20' },
          { name: 'Ann', agreedOn: '2026-11-02' },
        ],
        (d) => `[${d}]`,
      ),
    ).toBe('Ann · [2026-11-02]\nBo · [2026-10-20]');
  });
});

describe('withPrinciple', () => {
  it('replaces an undecided principle of the standard by its new row', () => {
    const list = [principle({}), principle({ packPrincipleId: 'digital' })];
    const saved = principle({ id: 'r1', stance: 'adopted', version: 1 });
    expect(withPrinciple(list, saved).map((p) => [p.packPrincipleId, p.id])).toEqual([
      ['visionary', 'r1'],
      ['digital', null],
    ]);
  });

  it("replaces one of the city's own by its id, and adds a new one at the end", () => {
    const own = principle({ id: 'o1', packPrincipleId: null, stance: 'added', title: 'A' });
    const list = [principle({}), own];
    expect(withPrinciple(list, { ...own, title: 'B' })[1]?.title).toBe('B');
    expect(withPrinciple(list, { ...own, id: 'o2' })).toHaveLength(3);
  });
});
