import { createHash } from 'node:crypto';
import { megabytesToBytes, sanitizeFileName } from '@citymaturity/core';
import type { FastifyMultipartBaseOptions } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ServerConfig } from '../config.js';
import { HttpError } from './http-error.js';
import { requestLanguage } from './language.js';

/** A file as it arrived: its name as sent, its content, size and SHA-256 (computed while reading). */
export interface UploadedFile {
  name: string;
  content: Buffer;
  size: number;
  sha256: string;
}

/** An evidence item as a request gives it: a note, a link, or a file. */
export type EvidenceUpload =
  { kind: 'text' | 'link'; body: string } | { kind: 'file'; file: UploadedFile };

const maxFields = 4;
const maxFieldBytes = 16 * 1024;

/**
 * Options of @fastify/multipart for the whole server. Only routes that read a multipart body
 * accept one (it is parsed lazily, by the route); for any other route a multipart body is simply
 * not a valid body. The file size limit is checked by the reader, which answers 413.
 */
export function multipartOptions(config: ServerConfig): FastifyMultipartBaseOptions {
  return {
    throwFileSizeLimit: false,
    limits: {
      fileSize: megabytesToBytes(config.CITYMATURITY_MAX_UPLOAD_MB),
      files: 1,
      fields: maxFields,
      fieldSize: maxFieldBytes,
      parts: maxFields + 1,
      headerPairs: 32,
    },
  };
}

/** Errors of the multipart parser that mean the client sent a malformed or oversized form. */
const formErrors: Record<string, () => HttpError> = {
  FST_FILES_LIMIT: () => new HttpError(400, 'evidence-one-file'),
  FST_PARTS_LIMIT: () => new HttpError(400, 'evidence-one-file'),
  FST_FIELDS_LIMIT: () => new HttpError(400, 'validation'),
  FST_PROTO_VIOLATION: () => new HttpError(400, 'validation'),
  FST_INVALID_JSON_FIELD_ERROR: () => new HttpError(400, 'validation'),
  FST_MP_PREMATURE_CLOSE: () => new HttpError(400, 'validation'),
};

/**
 * Reads a multipart/form-data body with text fields and at most one part named `file`. The file is
 * streamed: every chunk goes into the SHA-256 as it arrives, and the parser delivers no more than
 * the size limit (a larger file is cut there: 413 `evidence-too-large`, naming the file; nothing is
 * kept). At most one file of at most the limit is held in memory.
 */
export async function readUploadForm(
  request: FastifyRequest,
  config: ServerConfig,
): Promise<{ fields: Record<string, string>; file: UploadedFile | undefined }> {
  const maxBytes = megabytesToBytes(config.CITYMATURITY_MAX_UPLOAD_MB);
  const fields: Record<string, string> = {};
  let file: UploadedFile | undefined;
  try {
    const parts = request.parts({
      limits: { fileSize: maxBytes, files: 1, fields: maxFields, fieldSize: maxFieldBytes },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : '';
        continue;
      }
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of part.file) {
        const bytes = chunk as Buffer;
        hash.update(bytes);
        chunks.push(bytes);
        size += bytes.length;
      }
      if (part.file.truncated) {
        throw new HttpError(413, 'evidence-too-large', {
          name: sanitizeFileName(part.filename),
          maxMegabytes: config.CITYMATURITY_MAX_UPLOAD_MB,
        });
      }
      if (part.fieldname !== 'file')
        throw validationError(request, `body.${part.fieldname}`, 'unexpected');
      file = {
        name: part.filename,
        content: Buffer.concat(chunks, size),
        size,
        sha256: hash.digest('hex'),
      };
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const mapped = typeof code === 'string' ? formErrors[code] : undefined;
    if (mapped) throw mapped();
    throw error;
  }
  return { fields, file };
}

/**
 * The evidence item a request carries: a file (multipart/form-data: the text fields, validated by
 * `fieldsSchema`, then one part named `file`), or a note or link (the JSON body, already validated
 * by the route's schema; its other properties are the fields). Bad input → 400 naming the field.
 */
export async function readEvidenceRequest<Fields extends object>(
  request: FastifyRequest,
  config: ServerConfig,
  fieldsSchema: z.ZodType<Fields>,
  json: (Fields & { kind: 'text' | 'link'; body: string }) | null | undefined,
): Promise<{ fields: Fields; upload: EvidenceUpload }> {
  if (request.isMultipart()) {
    const form = await readUploadForm(request, config);
    const parsed = fieldsSchema.safeParse(form.fields, {
      error: zodLocales[requestLanguage(request)].localeError,
    });
    if (!parsed.success) {
      // An unexpected field is named itself (zod names the object that has it).
      const issues = parsed.error.issues.flatMap((i) =>
        (i.code === 'unrecognized_keys' ? i.keys.map((key) => [...i.path, key]) : [i.path]).map(
          (path) => ({ path: ['body', ...path.map(String)].join('.'), message: i.message }),
        ),
      );
      throw new HttpError(400, 'validation', { issues });
    }
    if (!form.file) throw validationError(request, 'body.file', 'missing');
    return { fields: parsed.data, upload: { kind: 'file', file: form.file } };
  }
  if (json === undefined || json === null) throw validationError(request, 'body', 'missing');
  const { kind, body, ...fields } = json;
  return { fields: fields as unknown as Fields, upload: { kind, body } };
}

const zodLocales = { zh: z.locales.zhCN(), en: z.locales.en() };

const fieldMessages = {
  missing: { zh: '缺少此项（必填）', en: 'is required but missing' },
  unexpected: {
    zh: '不认识的字段（文件的字段名必须是 file）',
    en: 'unexpected field (the file part must be named file)',
  },
};

/** A 400 naming a field that is missing or not expected. */
function validationError(
  request: FastifyRequest,
  path: string,
  problem: keyof typeof fieldMessages,
): HttpError {
  const message = fieldMessages[problem][requestLanguage(request)];
  return new HttpError(400, 'validation', { issues: [{ path, message }] });
}
