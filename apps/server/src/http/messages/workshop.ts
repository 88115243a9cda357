import type { LocalizedText } from '@citymaturity/model';

/** Error codes of the facilitated workshop and its consensus, in Chinese and English. */
export const workshopMessages = {} satisfies Record<string, LocalizedText>;
