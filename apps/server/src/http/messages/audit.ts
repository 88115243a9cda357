import type { LocalizedText } from '@citymaturity/model';

/** Error codes of external audits, snapshots and verification, in Chinese and English. */
export const auditMessages = {
  'assessment-not-submitted': {
    zh: '评估尚未提交：只有已提交（已冻结为快照）的评估才能审核',
    en: 'The assessment has not been submitted: only a submitted assessment (frozen as a snapshot) is audited',
  },
  'audit-in-progress': {
    zh: '此评估已邀请了一位外部审核员：如需更换，请先撤销其访问权限',
    en: 'An external auditor is already invited to this assessment: revoke their access first to invite another',
  },
  'audit-issued': {
    zh: '审核声明已发布，审核不能再修改',
    en: 'The audit statement has been issued: the audit can no longer change',
  },
  'audit-not-started': {
    zh: '此评估还没有外部审核',
    en: 'This assessment has no external audit yet',
  },
  'auditor-is-member': {
    zh: '此人是本组织的成员：组织不能审核自己的评估，请邀请外部审核员',
    en: 'This person is a member of the organisation: an organisation does not audit itself, so invite an external auditor',
  },
  'not-the-auditor': {
    zh: '只有受邀审核此评估的审核员才能记录审核结论',
    en: 'Only the auditor invited to this assessment records its audit',
  },
  'audit-finding-conflict': {
    zh: '此审核结论已被修改（例如在另一个窗口中）：请查看当前内容后再保存',
    en: 'This finding was changed meanwhile (in another window, for example): look at the current one, then save again',
  },
  'audit-findings-incomplete': {
    zh: '每个特征都需要一条完整的审核结论后，才能发布审核声明',
    en: 'Every characteristic needs a complete finding before the audit statement can be issued',
  },
  'account-setup-not-available': {
    zh: '设置密码的链接无效、已过期或已使用：请向邀请您的人索取新链接',
    en: 'The link to set your password is not valid, has expired or has been used: ask whoever invited you for a new one',
  },
  'assessment-audited': {
    zh: '该评估已有外部审核记录，不能删除（审核与公开验证依赖它）',
    en: 'This assessment has an external audit on record and cannot be deleted (the audit and its public verification depend on it)',
  },
} satisfies Record<string, LocalizedText>;
