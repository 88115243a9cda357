import type { EngagementLevel, GridStrategy } from '@citymaturity/core';

// The wording of the stakeholder register's export (XLSX), in Chinese and English: the same
// words as the register's page.

type Lang = 'zh' | 'en';

/** The export's fixed wording in one language. */
export interface RegisterExportText {
  title: string;
  yes: string;
  no: string;
  sheets: { about: string; register: string; types: string; grid: string };
  about: {
    item: string;
    value: string;
    organisation: string;
    generated: string;
    stakeholders: string;
    underEngaged: string;
    strategyRule: string;
    minimumRule: string;
  };
  columns: {
    name: string;
    type: string;
    affiliation: string;
    influence: string;
    interest: string;
    approach: string;
    engagement: string;
    minimum: string;
    underEngaged: string;
    plan: string;
    contact: string;
    principles: string;
    updatedAt: string;
    updatedBy: string;
    description: string;
    count: string;
    stakeholders: string;
  };
  /** 1 low, 2 medium, 3 high. */
  levels: Record<1 | 2 | 3, string>;
  strategies: Record<GridStrategy, string>;
  engagement: Record<EngagementLevel, string>;
}

export const registerExportText: Readonly<Record<Lang, RegisterExportText>> = {
  zh: {
    title: '利益相关方登记册',
    yes: '是（低于建议）',
    no: '否',
    sheets: {
      about: '说明',
      register: '登记册与参与计划',
      types: '按类型',
      grid: '影响力 × 关注度网格',
    },
    about: {
      item: '项目',
      value: '内容',
      organisation: '组织',
      generated: '生成时间',
      stakeholders: '利益相关方数量',
      underEngaged: '参与方式低于建议的数量',
      strategyRule:
        '建议的参与方式：影响力和关注度各分三级（1 低、2 中、3 高）；两者都至少为中且其一为高 → 重点管理；影响力高于关注度 → 保持满意；关注度高于影响力或两者都为中 → 及时告知；两者都为低 → 持续关注。',
      minimumRule:
        '参与方式（IAP2：告知、咨询、参与、合作、授权）低于建议时标为“低于建议”：重点管理至少“参与”，保持满意至少“咨询”，其余至少“告知”。',
    },
    columns: {
      name: '名称',
      type: '类型',
      affiliation: '所属机构',
      influence: '影响力',
      interest: '关注度',
      approach: '建议的参与方式',
      engagement: '参与方式',
      minimum: '建议的最低参与方式',
      underEngaged: '低于建议',
      plan: '参与计划',
      contact: '联系方式',
      principles: '认可的实施原则数',
      updatedAt: '最后修改时间',
      updatedBy: '最后修改人',
      description: '说明',
      count: '数量',
      stakeholders: '利益相关方',
    },
    levels: { 1: '1 低', 2: '2 中', 3: '3 高' },
    strategies: {
      monitor: '持续关注',
      'keep-informed': '及时告知',
      'keep-satisfied': '保持满意',
      'manage-closely': '重点管理',
    },
    engagement: {
      inform: '告知',
      consult: '咨询',
      involve: '参与',
      collaborate: '合作',
      empower: '授权',
    },
  },
  en: {
    title: 'Stakeholder register',
    yes: 'Yes (below the suggestion)',
    no: 'No',
    sheets: {
      about: 'About',
      register: 'Register and engagement plan',
      types: 'By type',
      grid: 'Influence × interest grid',
    },
    about: {
      item: 'Item',
      value: 'Value',
      organisation: 'Organisation',
      generated: 'Generated',
      stakeholders: 'Stakeholders',
      underEngaged: 'Engaged below the suggestion',
      strategyRule:
        'Suggested approach: influence and interest are rated 1 low, 2 medium, 3 high; both at least medium and one of them high → manage closely; more influence than interest → keep satisfied; more interest than influence, or both medium → keep informed; both low → monitor.',
      minimumRule:
        "An engagement (IAP2: inform, consult, involve, collaborate, empower) below the approach is flagged 'below the suggestion': manage closely needs at least involve, keep satisfied at least consult, the others at least inform.",
    },
    columns: {
      name: 'Name',
      type: 'Type',
      affiliation: 'Affiliation',
      influence: 'Influence',
      interest: 'Interest',
      approach: 'Suggested approach',
      engagement: 'Engagement',
      minimum: 'Engagement suggested at least',
      underEngaged: 'Below the suggestion',
      plan: 'Engagement plan',
      contact: 'Contact',
      principles: 'Implementation principles agreed',
      updatedAt: 'Last changed',
      updatedBy: 'Last changed by',
      description: 'Description',
      count: 'Number',
      stakeholders: 'Stakeholders',
    },
    levels: { 1: '1 low', 2: '2 medium', 3: '3 high' },
    strategies: {
      monitor: 'Monitor',
      'keep-informed': 'Keep informed',
      'keep-satisfied': 'Keep satisfied',
      'manage-closely': 'Manage closely',
    },
    engagement: {
      inform: 'Inform',
      consult: 'Consult',
      involve: 'Involve',
      collaborate: 'Collaborate',
      empower: 'Empower',
    },
  },
};
