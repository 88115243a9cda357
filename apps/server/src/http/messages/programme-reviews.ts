import type { LocalizedText } from '@citymaturity/model';

/**
 * Error codes of the programme office's stakeholder register, key success factor and self-check
 * reviews, and risk register, in Chinese and English.
 */
export const programmeReviewsMessages = {
  'programme-stakeholder-conflict': {
    zh: '您打开此利益相关方后，已有其他人修改或删除了它：请查看当前版本后再保存',
    en: 'Someone changed or removed this stakeholder after you opened it: look at the current version, then save again',
  },
  'programme-review-conflict': {
    zh: '您打开此评审后，已有其他人修改或删除了它：请查看当前版本后再保存',
    en: 'Someone changed or removed this review after you opened it: look at the current version, then save again',
  },
  'programme-risk-conflict': {
    zh: '您打开此风险后，已有其他人修改或删除了它：请查看当前版本后再保存',
    en: 'Someone changed or removed this risk after you opened it: look at the current version, then save again',
  },
  'programme-review-ratings-invalid': {
    zh: '{field}：评分与此类评审不符（每个条目须属于此类评审、只评一次，评分须在此类评审的量表之内）',
    en: "{field}: the ratings do not fit this kind of review (each item must be one of the kind's, rated once, on the kind's scale)",
  },
} satisfies Record<string, LocalizedText>;
