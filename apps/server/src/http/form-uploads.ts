import { formImportLimits, megabytesToBytes, sanitizeFileName } from '@citymaturity/core';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './http-error.js';
import { requestLanguage } from './language.js';

/** A filled form as it arrived: its file name and content. */
export interface UploadedForm {
  name: string;
  content: Buffer;
}

const maxFields = 8;
const maxFieldBytes = 4 * 1024;

const messages = {
  missing: {
    zh: '请以 multipart/form-data 上传一个或多个诊断表文件（.xlsx，字段名 files）',
    en: 'upload one or more diagnostic form files (.xlsx) as multipart/form-data (field name files)',
  },
  unexpected: {
    zh: '不认识的字段（诊断表文件的字段名必须是 files）',
    en: 'unexpected field (the form files must be sent in parts named files)',
  },
};

/** A 400 naming the field that is missing or not expected. */
function fieldError(request: FastifyRequest, path: string, problem: keyof typeof messages) {
  const message = messages[problem][requestLanguage(request)];
  return new HttpError(400, 'validation', { issues: [{ path, message }] });
}

/**
 * Reads a multipart/form-data body of filled diagnostic forms: any number of parts named `files`
 * (at most {@link formImportLimits}.files, each at most .megabytes MB: a form is about 30 KB) and a
 * few text fields. More files → 400 `forms-too-many`; a larger file → 413 `form-too-large`
 * naming it; nothing is kept in either case.
 */
export async function readUploadedForms(
  request: FastifyRequest,
): Promise<{ files: UploadedForm[]; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw fieldError(request, 'body.files', 'missing');
  const maxBytes = megabytesToBytes(formImportLimits.megabytes);
  const files: UploadedForm[] = [];
  const fields: Record<string, string> = {};
  try {
    const parts = request.parts({
      limits: {
        fileSize: maxBytes,
        files: formImportLimits.files + 1,
        fields: maxFields,
        fieldSize: maxFieldBytes,
        parts: formImportLimits.files + 1 + maxFields,
        headerPairs: 32,
      },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : '';
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      if (part.file.truncated)
        throw new HttpError(413, 'form-too-large', {
          name: sanitizeFileName(part.filename),
          maxMegabytes: formImportLimits.megabytes,
        });
      if (part.fieldname !== 'files' && part.fieldname !== 'file')
        throw fieldError(request, `body.${part.fieldname}`, 'unexpected');
      if (files.length >= formImportLimits.files)
        throw new HttpError(400, 'forms-too-many', { max: formImportLimits.files });
      files.push({ name: sanitizeFileName(part.filename), content: Buffer.concat(chunks) });
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT')
      throw new HttpError(400, 'forms-too-many', { max: formImportLimits.files });
    if (
      code === 'FST_FIELDS_LIMIT' ||
      code === 'FST_PROTO_VIOLATION' ||
      code === 'FST_MP_PREMATURE_CLOSE'
    )
      throw new HttpError(400, 'validation');
    throw error;
  }
  if (files.length === 0) throw fieldError(request, 'body.files', 'missing');
  return { files, fields };
}
