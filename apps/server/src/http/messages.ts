import type { LocalizedText } from '@citymaturity/model';
import { auditMessages } from './messages/audit.js';
import { benchmarkingMessages } from './messages/benchmarking.js';
import { cyclesMessages } from './messages/cycles.js';
import { evidenceMessages } from './messages/evidence.js';
import { exchangeMessages } from './messages/exchange.js';
import { programmeComponentsMessages } from './messages/programme-components.js';
import { programmeReviewsMessages } from './messages/programme-reviews.js';
import { programmeRoadmapMessages } from './messages/programme-roadmap.js';
import { stakeholderMessages } from './messages/stakeholders.js';
import { workshopMessages } from './messages/workshop.js';

/** Messages of the API's error codes, in Chinese and English. */
export const errorMessages = {
  validation: { zh: '输入有误', en: 'The input is not valid' },
  unauthenticated: { zh: '请先登录', en: 'Please sign in first' },
  'invalid-credentials': { zh: '邮箱或密码不正确', en: 'The email or password is not correct' },
  forbidden: { zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  'csrf-failed': {
    zh: '请求缺少有效的安全令牌，请刷新页面后重试',
    en: 'The request lacks a valid security token; reload the page and try again',
  },
  'not-found': { zh: '未找到', en: 'Not found' },
  'rate-limited': {
    zh: '尝试次数过多，请稍后再试',
    en: 'Too many attempts; please try again later',
  },
  'assessment-not-draft': {
    zh: '评估已提交，不能再修改',
    en: 'The assessment has been submitted and can no longer be changed',
  },
  'assessment-incomplete': {
    zh: '还有特征未作答（现在水平和2年规划水平都需要作答，或选择"不知道"）',
    en: 'Some characteristics are not answered yet (give the current and the two-year level, or choose "don’t know")',
  },
  'unknown-characteristic': {
    zh: '模型中没有这个特征',
    en: 'The model has no such characteristic',
  },
  'unknown-model': { zh: '没有这个模型', en: 'There is no such model' },
  'wrong-password': { zh: '当前密码不正确', en: 'The current password is not correct' },
  'email-taken': { zh: '该邮箱已被使用', en: 'This email is already in use' },
  'last-admin': {
    zh: '组织至少需要一位管理员',
    en: 'The organisation needs at least one administrator',
  },
  'setup-not-available': {
    zh: '初始设置链接无效或已使用',
    en: 'The setup link is not valid or has been used',
  },
  'not-respondent': { zh: '您不能编辑这份答卷', en: 'You cannot edit this response' },
  'pdf-failed': { zh: '生成 PDF 时出错', en: 'The PDF could not be made' },
  internal: {
    zh: '服务器内部错误，请稍后再试',
    en: 'Something went wrong on the server; please try again later',
  },
  // Each area of the API keeps its own codes.
  ...stakeholderMessages,
  ...workshopMessages,
  ...auditMessages,
  ...evidenceMessages,
  ...exchangeMessages,
  ...cyclesMessages,
  ...benchmarkingMessages,
  ...programmeComponentsMessages,
  ...programmeReviewsMessages,
  ...programmeRoadmapMessages,
} satisfies Record<string, LocalizedText>;

export type ErrorCode = keyof typeof errorMessages;
