import type { LocalizedText } from '@citymaturity/model';

/** Error codes of benchmarking consortia, in Chinese and English. */
export const benchmarkingMessages = {
  'consortium-code-unknown': {
    zh: '没有使用此加入码的基准比较联盟：请核对加入码，或向联盟的组织方索取新的加入码',
    en: 'No benchmarking consortium has this join code: check it, or ask the consortium’s organiser for a new one',
  },
  'consortium-already-member': {
    zh: '本组织已经是该联盟的成员',
    en: 'This organisation is already a member of the consortium',
  },
  'share-not-submitted': {
    zh: '只有已提交的评估才能共享给联盟',
    en: 'Only a submitted assessment can be shared with a consortium',
  },
  'share-not-eligible': {
    zh: '按本组织同意共享的范围，此评估不能共享：只共享主持研讨会达成的共识结果或已发布审核声明的评估（选择"仅审核结果"时只共享后者）',
    en: 'Under what this organisation agreed to share, this assessment cannot be shared: only the consensus of a facilitated workshop or an assessment with an issued audit statement is shared (only the latter when sharing audited results only)',
  },
  'consortium-nothing-shared': {
    zh: '请先与联盟共享一项评估，然后才能与同类城市比较',
    en: 'Share an assessment with the consortium first; then the city can compare itself with its peers',
  },
} satisfies Record<string, LocalizedText>;
