// The city's implementation principles (ISO 37106 clause 5, Annex A): the city adopts a principle
// of the standard as written, adapts it in its own words, or adds one of its own; stakeholders
// agree them.

/** How the city holds a principle. */
export const principleStances = ['adopted', 'adapted', 'added'] as const;
export type PrincipleStance = (typeof principleStances)[number];

/** What is stored of a principle's text. */
export interface PrincipleText {
  stance: PrincipleStance;
  /** The city's title (empty: the pack's name applies). */
  title: string;
  /** The city's wording (empty for an adopted principle: the pack's wording applies). */
  wording: string;
}

/** A change to a principle; fields left out keep their value. */
export interface PrincipleEdit {
  stance?: PrincipleStance | undefined;
  title?: string | undefined;
  wording?: string | undefined;
}

/** Why a change is refused, and which field is at fault. */
export interface PrincipleProblem {
  field: 'stance' | 'title' | 'wording';
  reason:
    | 'added-stance-fixed'
    | 'pack-principle-not-added'
    | 'title-required'
    | 'wording-required'
    | 'title-of-adopted'
    | 'wording-of-adopted';
}

/**
 * Applies a change to a principle and checks the result:
 * - a principle of the pack is `adopted` (as written: the city's title and wording are cleared,
 *   the pack's apply; sending a title or wording with it is refused, so that nothing typed is
 *   silently dropped) or `adapted` (the city's wording is required; its title is optional);
 * - a principle the city added stays `added` and needs a title and a wording.
 * Texts are trimmed.
 * @param current the stored text, or for a new row the stance it gets with empty texts
 * @param fromPack whether the principle is one of the pack's (else one the city added)
 */
export function applyPrincipleEdit(
  current: PrincipleText,
  edit: PrincipleEdit,
  fromPack: boolean,
): { ok: true; value: PrincipleText } | { ok: false; problem: PrincipleProblem } {
  const stance = edit.stance ?? current.stance;
  const title = (edit.title ?? current.title).trim();
  const wording = (edit.wording ?? current.wording).trim();
  const refuse = (field: PrincipleProblem['field'], reason: PrincipleProblem['reason']) =>
    ({ ok: false, problem: { field, reason } }) as const;
  if (!fromPack) {
    if (stance !== 'added') return refuse('stance', 'added-stance-fixed');
    if (title === '') return refuse('title', 'title-required');
    if (wording === '') return refuse('wording', 'wording-required');
    return { ok: true, value: { stance, title, wording } };
  }
  if (stance === 'added') return refuse('stance', 'pack-principle-not-added');
  if (stance === 'adopted') {
    if (edit.title !== undefined && edit.title.trim() !== '')
      return refuse('title', 'title-of-adopted');
    if (edit.wording !== undefined && edit.wording.trim() !== '')
      return refuse('wording', 'wording-of-adopted');
    return { ok: true, value: { stance, title: '', wording: '' } };
  }
  if (wording === '') return refuse('wording', 'wording-required');
  return { ok: true, value: { stance, title, wording } };
}
