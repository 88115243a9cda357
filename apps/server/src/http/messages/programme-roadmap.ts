import type { LocalizedText } from '@citymaturity/model';

/** Error codes of the roadmap, the benefit map and the KPIs, in Chinese and English. */
export const programmeRoadmapMessages = {
  'roadmap-unknown-phase': {
    zh: '蓝图没有这个阶段（阶段须为规划、起始、实施、巩固或转型之一）',
    en: 'The roadmap has no such phase (one of planning, initiation, implementation, consolidation, transformation)',
  },
  'roadmap-unknown-characteristic': {
    zh: '成熟度模型中没有这个特征',
    en: 'The maturity model has no such characteristic',
  },
  'roadmap-unknown-component': {
    zh: 'ISO 37106 运行模式中没有这个组件',
    en: 'The ISO 37106 operating model has no such component',
  },
  'roadmap-initiative-dates': {
    zh: '举措的结束日期不能早于开始日期',
    en: 'An initiative cannot end before it starts',
  },
  'roadmap-initiative-conflict': {
    zh: '您打开此举措后，已有其他人修改了它：请查看对方的版本，再决定保留哪一个',
    en: 'Someone changed this initiative after you opened it: compare their version with yours, then save again',
  },
  'benefit-node-unknown-initiative': {
    zh: '本组织的蓝图中没有这个举措',
    en: "The organisation's roadmap has no such initiative",
  },
  'benefit-node-unknown-purpose': {
    zh: '没有这个可持续城市目的（须为六个目的之一）',
    en: 'There is no such purpose of sustainable cities (one of the six purposes)',
  },
  'benefit-node-purpose-required': {
    zh: '目的节点须指明六个目的中的一个',
    en: 'A purpose node must name one of the six purposes',
  },
  'benefit-node-purpose-kind': {
    zh: '只有目的节点才能指明目的',
    en: 'Only a purpose node names a purpose',
  },
  'benefit-node-initiative-kind': {
    zh: '只有举措节点才能关联蓝图中的举措',
    en: 'Only an initiative node stands for a roadmap initiative',
  },
  'benefit-node-label-required': {
    zh: '请为节点填写名称',
    en: 'Give the node a label',
  },
  'benefit-purpose-node-exists': {
    zh: '利益图中已有代表这个目的的节点（每个目的只有一个节点）',
    en: 'The benefit map already has the node of this purpose (one node per purpose)',
  },
  'benefit-initiative-node-exists': {
    zh: '利益图中已有代表这个举措的节点',
    en: 'The benefit map already has a node for this initiative',
  },
  'benefit-node-conflict': {
    zh: '您打开此节点后，已有其他人修改了它：请查看对方的版本，再决定保留哪一个',
    en: 'Someone changed this node after you opened it: compare their version with yours, then save again',
  },
  'benefit-link-unknown-node': {
    zh: '利益图中没有这个节点',
    en: 'The benefit map has no such node',
  },
  'benefit-link-self': {
    zh: '节点不能指向自己',
    en: 'A node cannot lead to itself',
  },
  'benefit-link-not-allowed': {
    zh: '利益图只允许：举措或投资 → 产出，产出 → 成果，成果 → 成果或目的（不能从“{fromKind}”指向“{toKind}”）',
    en: 'The benefit map allows only: initiative or investment → output, output → outcome, outcome → outcome or purpose (not {fromKind} → {toKind})',
  },
  'benefit-link-exists': {
    zh: '这条连线已经存在',
    en: 'This arrow is already on the map',
  },
  'benefit-link-cycle': {
    zh: '这条连线会形成循环：利益图不能有环',
    en: 'This arrow would close a loop: the benefit map cannot have cycles',
  },
  'kpi-unknown-benefit-node': {
    zh: '本组织的利益图中没有这个节点',
    en: "The organisation's benefit map has no such node",
  },
  'kpi-node-not-outcome': {
    zh: '关键绩效指标衡量的是利益图中的成果：请选择成果节点',
    en: 'A KPI measures an outcome of the benefit map: choose an outcome node',
  },
  'kpi-trajectory-order': {
    zh: '轨迹的里程碑须按日期先后排列，且晚于基线日期',
    en: 'The milestones of the trajectory must be in date order, after the baseline date',
  },
  'kpi-conflict': {
    zh: '您打开此关键绩效指标后，已有其他人修改了它：请查看对方的版本，再决定保留哪一个',
    en: 'Someone changed this KPI after you opened it: compare their version with yours, then save again',
  },
} satisfies Record<string, LocalizedText>;
