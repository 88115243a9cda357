import type { LocalizedText } from '@citymaturity/model';

/** Error codes of evidence files, in Chinese and English. */
export const evidenceMessages = {} satisfies Record<string, LocalizedText>;
