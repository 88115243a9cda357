import { defaultMaxUploadMegabytes, evidenceFileTypes, megabytesToBytes } from '@citymaturity/core';
import { langTag, type Lang } from '../../components/lang.js';

// Pure rules of evidence files in the questionnaire (tested in evidence-files-logic.test.ts).

/**
 * The largest file the server takes by default, in megabytes (MiB). An installation's own limit
 * (CITYMATURITY_MAX_UPLOAD_MB) comes with the session (`limits.maxUploadMegabytes`); this is the
 * fallback. Used for the hint and to refuse an obviously too large file before sending it (the
 * server decides anyway).
 */
export const maxUploadMegabytes = defaultMaxUploadMegabytes;

/** The file picker's `accept`: the accepted types' extensions and media types. */
export const acceptedFiles = evidenceFileTypes
  .flatMap((type) => [...type.extensions.map((e) => `.${e}`), type.mediaType])
  .join(',');

/** Why a file is not sent at all (the server checks the type by content, and the size again). */
export type FilePreProblem = 'empty' | 'too-large';

export function filePreProblem(
  file: { size: number },
  maxMegabytes: number = maxUploadMegabytes,
): FilePreProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > megabytesToBytes(maxMegabytes)) return 'too-large';
  return null;
}

/** A short name of a file's type for people (a key under `evidence.files.types`). */
export type FileTypeKey =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp'
  | 'docx'
  | 'xlsx'
  | 'pptx'
  | 'odt'
  | 'ods'
  | 'odp'
  | 'other';

export function fileTypeKey(mediaType: string): FileTypeKey {
  const type = evidenceFileTypes.find((t) => t.mediaType === mediaType.toLowerCase());
  const extension = type?.extensions[0];
  if (extension === 'jpg') return 'jpeg';
  return (extension as FileTypeKey | undefined) ?? 'other';
}

/** A file's size for people: bytes below 1 KB, else KB or MB (1,024-based, one decimal below 10). */
export function formatFileSize(bytes: number, lang: Lang): string {
  const number = (value: number) =>
    new Intl.NumberFormat(langTag(lang), {
      maximumFractionDigits: value < 10 ? 1 : 0,
    }).format(value);
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} KB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}

/** The percentage shown while a file is being sent (never 100 before the server has answered). */
export function uploadPercent(fraction: number): number {
  return Math.min(99, Math.max(0, Math.round(fraction * 100)));
}
