import { describe, expect, it } from 'vitest';
import { formImportRefusal } from './form-import-rules.js';

const draft = { method: 'multi-stakeholder', status: 'draft' as const, revealedAt: null };

describe('formImportRefusal', () => {
  it('lets many forms into a multi-stakeholder or workshop draft', () => {
    expect(formImportRefusal(draft, 20)).toBeNull();
    expect(formImportRefusal({ ...draft, method: 'facilitated-workshop' }, 3)).toBeNull();
  });

  it('lets one form fill in the team response of a single-stakeholder draft, not several', () => {
    const single = { ...draft, method: 'single-stakeholder' };
    expect([formImportRefusal(single, 1), formImportRefusal(single, 2)]).toEqual([
      null,
      'single-stakeholder-one-form',
    ]);
  });

  it('refuses a submitted assessment, and one whose results are revealed', () => {
    expect(formImportRefusal({ ...draft, status: 'submitted' }, 1)).toBe('not-draft');
    expect(formImportRefusal({ ...draft, revealedAt: new Date() }, 1)).toBe('revealed');
  });
});
