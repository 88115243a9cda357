import type { LocalizedText } from '@citymaturity/model';

/** Error codes of assessment cycles and the improvement tracker, in Chinese and English. */
export const cyclesMessages = {
  'cycle-no-previous': {
    zh: '没有更早的评估可以比较：规划实现情况需要上一周期的评估（已提交的评估，或在请求中指定 previous）',
    en: 'There is no earlier assessment to compare with: the plan realisation needs the previous cycle (a submitted assessment, or one named with `previous`)',
  },
  'cycle-previous-not-earlier': {
    zh: '作为上一周期的评估必须是另一份日期不晚于本评估的评估',
    en: 'The previous cycle must be another assessment, dated no later than this one',
  },
  'unknown-improvement-stage': {
    zh: '模型的改进周期中没有这个阶段',
    en: "The model's improvement cycle has no such stage",
  },
  'improvement-stage-conflict': {
    zh: '您打开此阶段后，已有其他人修改了它：请查看对方的版本，再决定保留哪一个',
    en: 'Someone changed this stage after you opened it: compare their version with yours, then save again',
  },
} satisfies Record<string, LocalizedText>;
