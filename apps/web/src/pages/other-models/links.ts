import type { LocalizedText, Note, Source, TextLanguage } from '@citymaturity/model';

/** The model browser's page of an ISO 37106 component (the browser's deep-link scheme #scom-B7). */
export function componentHref(code: string): string {
  return `/model?view=scom#scom-${encodeURIComponent(code)}`;
}

/** The colours a traffic light can show; another model's level with another id is drawn neutral. */
export type LightTone = 'red' | 'yellow' | 'green' | 'neutral';

/** The tone of a mapped level by its pack id (ISO 18091: red, yellow, green). */
export function lightTone(id: string): LightTone {
  return id === 'red' || id === 'yellow' || id === 'green' ? id : 'neutral';
}

/**
 * Provenance as a reader finds it in print: the source document's designation (from the pack's
 * `meta.documents`) and the clause or table, e.g. "GB/T XXXXX—XXXX (ISO/TS 37107:2019, IDT), 5.3 表 4".
 */
export function sourceText(
  source: Source,
  documents: ReadonlyMap<string, string>,
  lang: TextLanguage,
): string {
  const designation = documents.get(source.doc) ?? source.doc;
  return `${designation}${lang === 'zh' ? '，' : ', '}${source.ref}`;
}

/** A block of table 4's "how to use" text: a paragraph, or a lead-in ("… should:") and its items. */
export type HowToUseBlock =
  { kind: 'paragraph'; text: string } | { kind: 'list'; lead: string; items: string[] };

const leadIn = /[:：]\s*$/;

/**
 * The "how to use" items of table 4 as the standard prints them: paragraphs, and after a lead-in
 * that ends with a colon, the bullets that follow it (the pack keeps one item per bullet).
 */
export function howToUseBlocks(
  items: readonly LocalizedText[],
  lang: TextLanguage,
): HowToUseBlock[] {
  const blocks: HowToUseBlock[] = [];
  let list: { kind: 'list'; lead: string; items: string[] } | null = null;
  for (const item of items) {
    const text = item[lang];
    if (list) list.items.push(text);
    else if (leadIn.test(text)) {
      list = { kind: 'list', lead: text, items: [] };
      blocks.push(list);
    } else blocks.push({ kind: 'paragraph', text });
  }
  return blocks;
}

/** The distinct texts of notes (a note repeated on several elements once), in the language. */
export function distinctNotes(notes: readonly (readonly Note[] | undefined)[], lang: TextLanguage) {
  return [...new Set(notes.flatMap((list) => (list ?? []).map((n) => n.text[lang])))];
}
