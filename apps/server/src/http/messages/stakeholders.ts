import type { LocalizedText } from '@citymaturity/model';

/** Error codes of invitations, stakeholder groups, invitation links and the reveal, in Chinese and English. */
export const stakeholderMessages = {} satisfies Record<string, LocalizedText>;
