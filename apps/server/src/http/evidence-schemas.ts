import { z } from 'zod';
import { assessmentParams, respondentParams } from './schemas.js';

// Request and response schemas of evidence items (notes, links and files).

const isoDateTime = z.iso.datetime({ offset: true });
export const characteristicIdSchema = z.string().regex(/^\d+(\.\d+)*$/);

/** A note or a web address, as JSON (a file comes as multipart/form-data instead). */
const textOrLink = [
  z.strictObject({ kind: z.literal('text'), body: z.string().trim().min(1).max(10_000) }),
  z.strictObject({
    kind: z.literal('link'),
    body: z.url({ protocol: /^https?$/ }).max(2000),
  }),
] as const;

/** Evidence of a respondent's rating as JSON: the characteristic, and a note or a link. */
export const ratingEvidenceJsonSchema = z.discriminatedUnion('kind', [
  textOrLink[0].extend({ characteristicId: characteristicIdSchema }),
  textOrLink[1].extend({ characteristicId: characteristicIdSchema }),
]);

/** Evidence of a consensus item as JSON: a note or a link (the characteristic is in the path). */
export const consensusEvidenceJsonSchema = z.discriminatedUnion('kind', [...textOrLink]);

/** The text fields of a multipart upload for a respondent's rating (besides the `file`). */
export const ratingUploadFieldsSchema = z.strictObject({
  characteristicId: characteristicIdSchema,
});

/** A multipart upload for a consensus item has no field besides the `file`. */
export const consensusUploadFieldsSchema = z.strictObject({});

const multipartNote =
  ' A file is sent as multipart/form-data with one part named `file` (PDF, PNG, JPEG, GIF, WebP, docx, xlsx, pptx, odt, ods, odp; checked by content; at most CITYMATURITY_MAX_UPLOAD_MB, 20 MB by default)';

// Nullish: a multipart request reaches validation without a parsed body (Fastify passes null).
export const ratingEvidenceBodySchema = ratingEvidenceJsonSchema.nullish().meta({
  description: `A note or link as JSON.${multipartNote} and a text part \`characteristicId\` before it.`,
});

export const consensusEvidenceBodySchema = consensusEvidenceJsonSchema.nullish().meta({
  description: `A note or link as JSON.${multipartNote}.`,
});

export const ratingEvidenceParams = respondentParams;
export const consensusEvidenceParams = assessmentParams.extend({
  characteristicId: characteristicIdSchema,
});
export const evidenceParams = assessmentParams.extend({ evidenceId: z.uuid() });

export const evidenceListQuery = z.object({
  characteristicId: characteristicIdSchema.optional(),
  respondentId: z.uuid().optional(),
  lang: z.enum(['zh', 'en']).optional(),
});

export const evidenceItemSchema = z
  .object({
    id: z.uuid(),
    characteristicId: z.string(),
    kind: z.enum(['text', 'link', 'file']),
    /** The note, the web address, or the file's name. */
    body: z.string(),
    /** For a file: its name, the media type found in its content, its size and SHA-256. */
    file: z
      .object({
        name: z.string(),
        mediaType: z.string(),
        size: z.number().int(),
        sha256: z.string(),
      })
      .nullable(),
    createdAt: isoDateTime,
    /** Who added it: a signed-in user, or an invited stakeholder (through their link). */
    owner: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('user'), userId: z.uuid(), displayName: z.string() }),
      z.object({
        kind: z.literal('invited-stakeholder'),
        respondentId: z.uuid(),
        name: z.string(),
      }),
      z.object({ kind: z.literal('unknown') }),
    ]),
    /** What it supports: a respondent's rating, or the consensus item of the characteristic. */
    attachedTo: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('respondent'),
        respondentId: z.uuid(),
        name: z.string(),
        stakeholderGroup: z.string().nullable(),
      }),
      z.object({ kind: z.literal('consensus') }),
    ]),
  })
  .meta({ id: 'EvidenceItem', description: 'A note, link or file supporting a rating' });

export type EvidenceItem = z.infer<typeof evidenceItemSchema>;
