import type { EvidenceFile, Rating } from '../../api/types.js';

/**
 * Where a questionnaire reads and writes: a member's response (signed in, organisation URLs) or
 * an invited stakeholder's personal link. The questionnaire's components take one of these
 * instead of building addresses themselves.
 */
export interface AnswerTarget {
  /** The page of a characteristic. */
  linkTo: (characteristicId: string) => string;
  /** Saves one characteristic's answers, notes and links (autosave; files are left as they are). */
  saveRating: (characteristicId: string, rating: Rating) => Promise<void>;
  /** Adds a file to a characteristic's rating, telling how much is sent (0–1). */
  uploadFile: (
    characteristicId: string,
    file: File,
    onProgress: (fraction: number) => void,
    signal: AbortSignal,
  ) => Promise<EvidenceFile>;
  /** Removes a file of a characteristic's rating. */
  removeFile: (characteristicId: string, evidenceId: string) => Promise<void>;
  /** The download address of a file. */
  fileHref: (evidenceId: string) => string;
  /** Who added a file, when known. */
  fileOwner: (evidenceId: string) => string | undefined;
}

/** The rating with a file added to its evidence. */
export function withFile(rating: Rating, file: EvidenceFile): Rating {
  const files = (rating.evidence.files ?? []).filter((f) => f.id !== file.id);
  return { ...rating, evidence: { ...rating.evidence, files: [...files, file] } };
}

/** The rating without one of its files. */
export function withoutFile(rating: Rating, evidenceId: string): Rating {
  const files = (rating.evidence.files ?? []).filter((f) => f.id !== evidenceId);
  return { ...rating, evidence: { ...rating.evidence, files } };
}

/** An evidence item as the API returns it after an upload (the fields a file list needs). */
export interface UploadedEvidenceItem {
  id: string;
  createdAt: string;
  file: { name: string; mediaType: string; size: number; sha256: string } | null;
  body: string;
}

/** The file of a new evidence item, as a rating lists it. */
export function fileOfItem(item: UploadedEvidenceItem): EvidenceFile {
  return {
    id: item.id,
    name: item.file?.name ?? item.body,
    mediaType: item.file?.mediaType ?? '',
    size: item.file?.size ?? 0,
    sha256: item.file?.sha256 ?? '',
    createdAt: item.createdAt,
  };
}
