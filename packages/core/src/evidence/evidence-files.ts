/** A kind of file accepted as evidence: its media type (found in the content) and its usual extensions. */
export interface EvidenceFileType {
  mediaType: string;
  /** Lower-case extensions, the usual one first. */
  extensions: readonly string[];
}

/**
 * The files accepted as evidence, recognised by their content (never by their name or the type the
 * uploader claims): PDF, images (PNG, JPEG, GIF, WebP), Office Open XML documents (Word, Excel,
 * PowerPoint) and OpenDocument text, spreadsheets and presentations. Nothing that runs (programs,
 * scripts, HTML, SVG) is accepted.
 */
export const evidenceFileTypes: readonly EvidenceFileType[] = [
  { mediaType: 'application/pdf', extensions: ['pdf'] },
  { mediaType: 'image/png', extensions: ['png'] },
  { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  { mediaType: 'image/gif', extensions: ['gif'] },
  { mediaType: 'image/webp', extensions: ['webp'] },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
  },
  { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
  { mediaType: 'application/vnd.oasis.opendocument.presentation', extensions: ['odp'] },
];

/** The accepted file type with this media type, or undefined. */
export function evidenceFileType(mediaType: string | undefined): EvidenceFileType | undefined {
  if (mediaType === undefined) return undefined;
  const wanted = mediaType.toLowerCase();
  return evidenceFileTypes.find((t) => t.mediaType === wanted);
}

/** The default limit of one evidence file, in megabytes (MiB). */
export const defaultMaxUploadMegabytes = 20;

/** A limit in megabytes (MiB) as bytes. */
export function megabytesToBytes(megabytes: number): number {
  return Math.floor(megabytes * 1024 * 1024);
}

/** Why a file cannot be stored as evidence, or null when it can. */
export type EvidenceFileProblem = 'empty' | 'too-large' | 'unsupported-type';

/**
 * Checks an uploaded file: it has content, is not larger than the limit, and its content is of an
 * accepted type (`detectedMediaType` is what the content was recognised as, undefined when it was
 * not recognised at all).
 */
export function evidenceFileProblem(file: {
  size: number;
  maxBytes: number;
  detectedMediaType: string | undefined;
}): EvidenceFileProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > file.maxBytes) return 'too-large';
  if (!evidenceFileType(file.detectedMediaType)) return 'unsupported-type';
  return null;
}

/** The longest file name kept, in characters (the extension is kept when a name is shortened). */
export const maxFileNameLength = 160;

// Control characters (C0, DEL, C1), and the invisible characters that reorder or hide text:
// bidirectional overrides and isolates (a name like "report\u202Efdp.exe" shows as
// "reportexe.pdf"), zero-width characters and the byte order mark.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const invisible = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// Characters that are not allowed in file names on common systems.
const reserved = /[<>:"/\\|?*]/g;
// Names Windows reserves for devices, with or without an extension.
const deviceName = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A file name that is safe to store, show and offer for download: Unicode NFC, the last path
 * segment only, without control or invisible characters, with reserved characters replaced by
 * `_`, white space collapsed, no leading or trailing dots or spaces, at most
 * {@link maxFileNameLength} characters (keeping the extension), and never empty ("file").
 * Chinese and other scripts are kept as they are.
 */
export function sanitizeFileName(name: string): string {
  const lastSegment = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let cleaned = lastSegment
    .replace(invisible, '')
    .replace(reserved, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (deviceName.test(cleaned)) cleaned = `_${cleaned}`;
  if (codePoints(cleaned) > maxFileNameLength) {
    const dot = cleaned.lastIndexOf('.');
    const extension = dot > 0 && codePoints(cleaned.slice(dot)) <= 16 ? cleaned.slice(dot) : '';
    cleaned = leadingCharacters(cleaned, maxFileNameLength - codePoints(extension)).trimEnd();
    cleaned += extension;
  }
  return cleaned === '' ? 'file' : cleaned;
}

/** The number of Unicode code points of a text (a Chinese character counts one). */
function codePoints(text: string): number {
  return Array.from(text).length;
}

/** The longest start of a text of at most `max` code points that ends between two characters as seen (graphemes). */
function leadingCharacters(text: string, max: number): string {
  let result = '';
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) {
    if (codePoints(result) + codePoints(segment) > max) break;
    result += segment;
  }
  return result;
}

/**
 * The name a file is stored and downloaded under: its sanitised name, with the usual extension of
 * its real type added when the name's extension does not match it (a PNG sent as "scan.pdf" is
 * kept as "scan.pdf.png"), so that the name never misleads whoever opens the download.
 */
export function evidenceFileName(name: string, mediaType: string): string {
  const safe = sanitizeFileName(name);
  const type = evidenceFileType(mediaType);
  if (!type) return safe;
  const dot = safe.lastIndexOf('.');
  const extension = dot > 0 ? safe.slice(dot + 1).toLowerCase() : '';
  if (type.extensions.includes(extension)) return safe;
  return sanitizeFileName(`${safe}.${type.extensions[0] ?? ''}`);
}
