import type { LocalizedText } from '@citymaturity/model';

/** Error codes of external audits, snapshots and verification, in Chinese and English. */
export const auditMessages = {} satisfies Record<string, LocalizedText>;
