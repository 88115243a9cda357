// Text search of the model browser: what matches a query, and where to highlight it.

/** Folds case and width (full-width letters and digits match half-width ones). */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The terms of a query: words separated by spaces, each searched for on its own. */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(/\s+/)
    .filter((term) => term.length > 0);
}

/**
 * True when every term is found in one of the texts (anywhere) or is the start of one of the ids
 * ("1.2" finds 1.2 and 1.2.3, not 4.1.2). No terms: everything matches.
 */
export function matches(
  terms: readonly string[],
  ids: readonly string[],
  texts: readonly (string | undefined)[],
): boolean {
  if (terms.length === 0) return true;
  const foldedTexts = texts.filter((t): t is string => t !== undefined).map(fold);
  const foldedIds = ids.map(fold);
  return terms.every(
    (term) =>
      foldedIds.some((id) => id === term || id.startsWith(term)) ||
      foldedTexts.some((text) => text.includes(term)),
  );
}

/** A piece of a text, marked when it matches a search term. */
export interface TextPart {
  text: string;
  match: boolean;
}

/** Splits a text into the pieces that match any of the terms and the rest (for <mark>). */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0 || text.length === 0) return [{ text, match: false }];
  const folded = fold(text);
  // Folding can change lengths (rarely, e.g. ligatures): highlight nothing rather than the wrong span.
  if (folded.length !== text.length) return [{ text, match: false }];
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    let at = folded.indexOf(term);
    while (at >= 0) {
      marked.fill(true, at, at + term.length);
      at = folded.indexOf(term, at + term.length);
    }
  }
  const parts: TextPart[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1];
    const match = marked[i] === true;
    if (last && last.match === match) last.text += text[i] ?? '';
    else parts.push({ text: text[i] ?? '', match });
  }
  return parts;
}
