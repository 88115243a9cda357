import type { LocalizedText } from '@citymaturity/model';

/** Error codes of invitations, stakeholder groups, invitation links and the reveal, in Chinese and English. */
export const stakeholderMessages = {
  'invitations-not-used': {
    zh: '此评估方法不使用邀请链接（仅多方评估和引导式研讨会使用）',
    en: 'This assessment’s method does not use invitation links (only multi-stakeholder and facilitated-workshop assessments do)',
  },
  'unknown-stakeholder-group': {
    zh: '没有这个利益相关方群体',
    en: 'There is no such stakeholder group',
  },
  'standard-stakeholder-group': {
    zh: '标准利益相关方群体不能修改或删除',
    en: 'A standard stakeholder group cannot be changed or deleted',
  },
  'stakeholder-group-exists': {
    zh: '已有使用此标识的利益相关方群体',
    en: 'A stakeholder group with this key already exists',
  },
  'stakeholder-group-in-use': {
    zh: '仍有答卷人属于此利益相关方群体，不能删除',
    en: 'Respondents still belong to this stakeholder group, so it cannot be deleted',
  },
  'invitation-csv-invalid': {
    zh: '邀请名单有误，未创建任何邀请：请修正下列问题后重新上传',
    en: 'The invitation list has problems and no invitation was created: correct them and upload it again',
  },
  'invitation-not-found': {
    zh: '邀请链接无效：请检查链接是否完整，或向组织者索取新链接',
    en: 'This invitation link is not valid: check that the link is complete, or ask the organiser for a new one',
  },
  'invitation-revoked': {
    zh: '此邀请链接已被撤销',
    en: 'This invitation link has been revoked',
  },
  'invitation-expired': {
    zh: '此邀请链接已过期：请向组织者索取新链接',
    en: 'This invitation link has expired: ask the organiser for a new one',
  },
  'results-revealed': {
    zh: '结果已公布，评分已结束，不能再修改答案',
    en: 'The results have been revealed: rating has closed and answers can no longer change',
  },
  'results-not-revealed': {
    zh: '结果尚未公布：在组织者公布之前，您只能看到自己的答案',
    en: 'The results have not been revealed yet: until the organiser reveals them, you see only your own answers',
  },
  'results-already-revealed': {
    zh: '结果已经公布过了',
    en: 'The results have already been revealed',
  },
  'submit-not-revealed': {
    zh: '请先公布结果再提交：提交会使评估定稿，各利益相关方应先看到结果',
    en: 'Reveal the results before submitting: submitting makes the assessment final, and the stakeholders should see the results first',
  },
  'submit-no-answers': {
    zh: '还没有任何利益相关方作答，不能提交',
    en: 'No stakeholder has answered yet, so there is nothing to submit',
  },
  'reveal-no-answers': {
    zh: '还没有人作答，不能公布结果',
    en: 'Nobody has answered yet, so there are no results to reveal',
  },
} satisfies Record<string, LocalizedText>;
