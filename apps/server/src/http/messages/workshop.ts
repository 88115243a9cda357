import type { LocalizedText } from '@citymaturity/model';

/** Error codes of the facilitated workshop and its consensus, in Chinese and English. */
export const workshopMessages = {
  'workshop-not-facilitated': {
    zh: '该评估不是主持研讨会评估，没有研讨会和共识',
    en: 'This assessment is not a facilitated workshop: it has no workshop or consensus',
  },
  'workshop-not-revealed': {
    zh: '研讨会在公布各利益相关方的评分结果后才能开始',
    en: 'The workshop starts once the stakeholders’ results have been revealed',
  },
  'consensus-conflict': {
    zh: '您打开此共识条目后，已有其他人修改了它：请查看对方的版本，再决定保留哪一个',
    en: 'Someone changed this consensus item after you opened it: compare their version with yours, then save again',
  },
  'consensus-incomplete': {
    zh: '还有特征未达成共识：研讨会需要为每个特征记录商定的现在水平和2年规划水平',
    en: 'Some characteristics have no agreed consensus yet: the workshop must record the agreed current and two-year levels of every characteristic',
  },
  'live-too-many-streams': {
    zh: '您打开的实时连接过多，请关闭一些窗口后再试',
    en: 'You have too many live connections open; close some windows and try again',
  },
  'live-unavailable': {
    zh: '实时更新暂时不可用，请稍后再试',
    en: 'Live updates are not available at the moment; please try again shortly',
  },
} satisfies Record<string, LocalizedText>;
