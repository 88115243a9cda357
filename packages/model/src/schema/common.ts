import { z } from 'zod';

/** A non-empty string after trimming. */
export const nonEmpty = z.string().trim().min(1);

/**
 * Text in both first-class languages of CityMaturity. `zh` is Simplified Chinese (zh-CN): for
 * standards content, the standard's own wording. `en` is English.
 */
export const localizedTextSchema = z.strictObject({ zh: nonEmpty, en: nonEmpty });
/** Text in Chinese (`zh`) and English (`en`). */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** The language codes the packs and the user interface support. */
export const languageCodes = ['zh-CN', 'en'] as const;
/** A supported language code (BCP 47). */
export type LanguageCode = (typeof languageCodes)[number];

/** Short language key used inside {@link LocalizedText}. */
export type TextLanguage = keyof LocalizedText;

/**
 * Provenance of a model element: which source document (an id declared in the pack's
 * `meta.documents`) and where in it (clause, table, figure or annex).
 */
export const sourceSchema = z.strictObject({
  doc: nonEmpty,
  // YAML reads an unquoted 6.3 as a number (and 4.10 as 4.1), so refs must be quoted text.
  ref: z
    .string({ error: 'must be text: put clause numbers in quotes, e.g. ref: "6.3"' })
    .trim()
    .min(1),
});
/** Provenance of a model element. */
export type Source = z.infer<typeof sourceSchema>;

/**
 * Kinds of notes a pack element can carry:
 * - `seed-defect`: the source text is wrong or incomplete here, and what the pack does about it;
 * - `decision`: an interpretation taken where the sources disagree or are silent;
 * - `derived`: content written by the pack's editors from a heading or name, not quoted;
 * - `editorial`: a change of form only (joined lines, normalised punctuation).
 */
export const noteKinds = ['seed-defect', 'decision', 'derived', 'editorial'] as const;
/** A note recording where a pack departs from, interprets or completes its source. */
export const noteSchema = z.strictObject({
  kind: z.enum(noteKinds),
  text: localizedTextSchema,
});
/** A note on a pack element (see {@link noteKinds}). */
export type Note = z.infer<typeof noteSchema>;

/** Optional list of notes on a pack element. */
export const notesSchema = z.array(noteSchema).optional();

/** A source document the pack's provenance refers to. */
export const sourceDocumentSchema = z.strictObject({
  id: nonEmpty,
  title: localizedTextSchema,
  designation: nonEmpty,
  /** The file name of the seed text the content was read from, when it is one of the seeds. */
  seed: nonEmpty.optional(),
  note: localizedTextSchema.optional(),
});

/** Fields every pack's `meta` block has. */
export const packMetaFields = {
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case id: letters, digits and dashes'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'semantic version, e.g. 1.0.0'),
  title: localizedTextSchema,
  standard: z.strictObject({
    designation: nonEmpty,
    edition: nonEmpty,
    title: localizedTextSchema,
    adoptions: z.array(nonEmpty).optional(),
  }),
  languages: z.array(z.enum(languageCodes)).min(1),
  documents: z.array(sourceDocumentSchema).min(1),
  /** How the English text was produced, and its status. */
  translation: localizedTextSchema,
  /** Copyright and licence of the wording in this pack. */
  rights: localizedTextSchema,
  notes: notesSchema,
};
