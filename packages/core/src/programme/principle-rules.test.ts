import { describe, expect, it } from 'vitest';
import { applyPrincipleEdit, type PrincipleText } from './principle-rules.js';

const blank = (stance: PrincipleText['stance']): PrincipleText => ({
  stance,
  title: '',
  wording: '',
});

describe('principles of the pack', () => {
  it('adopts a principle as written, with no text of the city', () => {
    expect(applyPrincipleEdit(blank('adopted'), {}, true)).toEqual({
      ok: true,
      value: { stance: 'adopted', title: '', wording: '' },
    });
  });

  it('adapts a principle in the city’s words, trimmed', () => {
    expect(
      applyPrincipleEdit(blank('adapted'), { title: ' Our vision ', wording: ' Shared. ' }, true),
    ).toEqual({ ok: true, value: { stance: 'adapted', title: 'Our vision', wording: 'Shared.' } });
  });

  it('refuses an adapted principle without wording', () => {
    expect(applyPrincipleEdit(blank('adapted'), { wording: '  ' }, true)).toEqual({
      ok: false,
      problem: { field: 'wording', reason: 'wording-required' },
    });
  });

  it('refuses a wording or title sent with an adopted principle rather than dropping it', () => {
    expect(applyPrincipleEdit(blank('adopted'), { wording: 'Ours' }, true)).toMatchObject({
      problem: { field: 'wording', reason: 'wording-of-adopted' },
    });
    expect(applyPrincipleEdit(blank('adopted'), { title: 'Ours' }, true)).toMatchObject({
      problem: { field: 'title', reason: 'title-of-adopted' },
    });
  });

  it('clears the city’s wording when an adapted principle is adopted as written', () => {
    const adapted = { stance: 'adapted', title: 'T', wording: 'W' } as const;
    expect(applyPrincipleEdit(adapted, { stance: 'adopted' }, true)).toEqual({
      ok: true,
      value: { stance: 'adopted', title: '', wording: '' },
    });
  });

  it('keeps the stored wording when only the title of an adapted principle changes', () => {
    const adapted = { stance: 'adapted', title: 'T', wording: 'W' } as const;
    expect(applyPrincipleEdit(adapted, { title: 'New' }, true)).toEqual({
      ok: true,
      value: { stance: 'adapted', title: 'New', wording: 'W' },
    });
  });

  it('refuses to make a principle of the pack an added one', () => {
    expect(applyPrincipleEdit(blank('adopted'), { stance: 'added' }, true)).toMatchObject({
      problem: { field: 'stance', reason: 'pack-principle-not-added' },
    });
  });
});

describe('principles the city adds', () => {
  const added = { stance: 'added', title: 'Open data first', wording: 'We publish.' } as const;

  it('accepts a title and a wording', () => {
    expect(applyPrincipleEdit(added, { wording: 'We publish by default.' }, false)).toEqual({
      ok: true,
      value: { ...added, wording: 'We publish by default.' },
    });
  });

  it('refuses an empty title or wording', () => {
    expect(applyPrincipleEdit(added, { title: ' ' }, false)).toMatchObject({
      problem: { field: 'title', reason: 'title-required' },
    });
    expect(applyPrincipleEdit(added, { wording: '' }, false)).toMatchObject({
      problem: { field: 'wording', reason: 'wording-required' },
    });
  });

  it('keeps the stance added', () => {
    expect(applyPrincipleEdit(added, { stance: 'adopted' }, false)).toMatchObject({
      problem: { field: 'stance', reason: 'added-stance-fixed' },
    });
  });
});
