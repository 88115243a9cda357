import type {
  BenefitNodeKind,
  KpiIndicatorScheme,
  KpiStatus,
  RoadmapComparisonStatus,
} from '@citymaturity/core';

// The wording of the roadmap and benefits exports (XLSX) and of the programme section of the PDF
// report, in Chinese and English.

type Lang = 'zh' | 'en';

/** The exports' fixed wording in one language. */
export interface ProgrammeExportText {
  roadmapTitle: string;
  benefitsTitle: string;
  yes: string;
  no: string;
  sheets: {
    about: string;
    initiatives: string;
    lifts: string;
    comparison: string;
    budgets: string;
    kpis: string;
    actuals: string;
    trajectory: string;
    nodes: string;
    links: string;
  };
  about: {
    item: string;
    value: string;
    organisation: string;
    assessment: string;
    noAssessment: string;
    horizon: string;
    generated: string;
    comparisonRule: string;
    kpiRule: string;
  };
  columns: {
    phase: string;
    title: string;
    description: string;
    startsOn: string;
    endsOn: string;
    days: string;
    owner: string;
    budget: string;
    currency: string;
    quickWin: string;
    components: string;
    lifts: string;
    initiative: string;
    characteristicId: string;
    characteristic: string;
    targetLevel: string;
    current: string;
    target: string;
    roadmapLevel: string;
    levelByHorizon: string;
    status: string;
    initiatives: string;
    beyondHorizon: string;
    total: string;
    count: string;
    kpi: string;
    unit: string;
    indicator: string;
    direction: string;
    baselineValue: string;
    baselineOn: string;
    criterion: string;
    outcome: string;
    latestOn: string;
    latestValue: string;
    expected: string;
    date: string;
    value: string;
    note: string;
    milestone: string;
    kind: string;
    label: string;
    purpose: string;
    from: string;
    to: string;
    id: string;
  };
  allPhases: string;
  baseline: string;
  directions: Record<'increase' | 'decrease', string>;
  comparisonStatus: Record<RoadmapComparisonStatus, string>;
  kpiStatus: Record<KpiStatus, string>;
  nodeKinds: Record<BenefitNodeKind, string>;
  schemes: Record<KpiIndicatorScheme, string>;
}

export const programmeExportText: Readonly<Record<Lang, ProgrammeExportText>> = {
  zh: {
    roadmapTitle: '智慧城市蓝图',
    benefitsTitle: '利益实现：利益图和关键绩效指标',
    yes: '是',
    no: '否',
    sheets: {
      about: '说明',
      initiatives: '举措',
      lifts: '提升的特征',
      comparison: '与评估比较',
      budgets: '预算',
      kpis: '关键绩效指标',
      actuals: '实际值',
      trajectory: '轨迹',
      nodes: '利益图节点',
      links: '利益图连线',
    },
    about: {
      item: '项目',
      value: '内容',
      organisation: '组织',
      assessment: '比较的评估',
      noAssessment: '没有可比较的评估',
      horizon: '2年期限（评估日期 + 2年）',
      generated: '生成时间',
      comparisonRule:
        '比较规则：蓝图水平是提升该特征的举措所瞄准的最高水平，与评估的“规划2年后的水平”（官方水平：共识或中位数）比较；评估计划提升而没有举措的特征为“不在蓝图中”；结束日期晚于2年期限的举措另行标出。',
      kpiRule:
        '状态规则：以最新实际值与轨迹在该日期的预期值（基线与里程碑之间按天线性插值）比较；比预期差超过该段计划变化量的5%为“偏离轨道”；达到最后一个里程碑为“已实现”。',
    },
    columns: {
      phase: '阶段',
      title: '名称',
      description: '说明',
      startsOn: '开始日期',
      endsOn: '结束日期',
      days: '天数',
      owner: '负责人',
      budget: '预算',
      currency: '币种',
      quickWin: '快速成效',
      components: 'ISO 37106 组件',
      lifts: '提升的特征（目标水平）',
      initiative: '举措',
      characteristicId: '特征编号',
      characteristic: '特征',
      targetLevel: '目标水平',
      current: '现在水平',
      target: '规划2年后的水平',
      roadmapLevel: '蓝图水平',
      levelByHorizon: '2年内的蓝图水平',
      status: '状态',
      initiatives: '举措（目标水平，结束日期）',
      beyondHorizon: '晚于2年期限',
      total: '合计',
      count: '举措数',
      kpi: '关键绩效指标',
      unit: '单位',
      indicator: '指标编号',
      direction: '方向',
      baselineValue: '基线值',
      baselineOn: '基线日期',
      criterion: '成功标准',
      outcome: '衡量的成果',
      latestOn: '最新实际值日期',
      latestValue: '最新实际值',
      expected: '预期值',
      date: '日期',
      value: '数值',
      note: '备注',
      milestone: '里程碑',
      kind: '类型',
      label: '名称',
      purpose: '目的',
      from: '从',
      to: '到',
      id: '编号',
    },
    allPhases: '全部阶段',
    baseline: '基线',
    directions: { increase: '越高越好', decrease: '越低越好' },
    comparisonStatus: {
      matches: '一致',
      'roadmap-below-target': '蓝图低于目标',
      'roadmap-above-target': '蓝图高于目标',
      'not-on-roadmap': '不在蓝图中',
      'roadmap-only': '仅在蓝图中',
      'not-planned': '未计划提升',
    },
    kpiStatus: {
      achieved: '已实现',
      'on-track': '符合轨道',
      'off-track': '偏离轨道',
      'no-data': '暂无数据',
      'no-trajectory': '没有轨迹',
    },
    nodeKinds: {
      initiative: '举措',
      investment: '投资',
      output: '产出',
      outcome: '成果',
      purpose: '目的',
    },
    schemes: {
      'iso-37120': 'ISO 37120',
      'iso-37122': 'ISO 37122',
      'iso-37123': 'ISO 37123',
      u4ssc: 'U4SSC',
    },
  },
  en: {
    roadmapTitle: 'Smart city roadmap',
    benefitsTitle: 'Benefits realisation: benefit map and KPIs',
    yes: 'Yes',
    no: 'No',
    sheets: {
      about: 'About',
      initiatives: 'Initiatives',
      lifts: 'Characteristics lifted',
      comparison: 'Against the assessment',
      budgets: 'Budgets',
      kpis: 'KPIs',
      actuals: 'Actual values',
      trajectory: 'Trajectories',
      nodes: 'Benefit map nodes',
      links: 'Benefit map arrows',
    },
    about: {
      item: 'Item',
      value: 'Value',
      organisation: 'Organisation',
      assessment: 'Assessment compared',
      noAssessment: 'No assessment to compare with',
      horizon: 'Two-year horizon (assessment date + 2 years)',
      generated: 'Generated',
      comparisonRule:
        "Comparison: the roadmap level is the highest level the initiatives lifting a characteristic aim for, against the assessment's level planned in two years (the official level: the consensus or the median). A rise the assessment plans with no initiative is 'not on the roadmap'; initiatives ending after the two-year horizon are flagged.",
      kpiRule:
        "Status: the latest actual value against the value the trajectory expects on its date (linear by days between the baseline and the milestones); worse than expected by more than 5 % of the change planned over that stretch is 'off track'; meeting the final milestone is 'achieved'.",
    },
    columns: {
      phase: 'Phase',
      title: 'Title',
      description: 'Description',
      startsOn: 'Starts',
      endsOn: 'Ends',
      days: 'Days',
      owner: 'Owner',
      budget: 'Budget',
      currency: 'Currency',
      quickWin: 'Quick win',
      components: 'ISO 37106 components',
      lifts: 'Characteristics lifted (target level)',
      initiative: 'Initiative',
      characteristicId: 'Characteristic id',
      characteristic: 'Characteristic',
      targetLevel: 'Target level',
      current: 'Current level',
      target: 'Level planned in two years',
      roadmapLevel: 'Roadmap level',
      levelByHorizon: 'Roadmap level within two years',
      status: 'Status',
      initiatives: 'Initiatives (target level, end)',
      beyondHorizon: 'Ends after the horizon',
      total: 'Total',
      count: 'Initiatives',
      kpi: 'KPI',
      unit: 'Unit',
      indicator: 'Indicator',
      direction: 'Direction',
      baselineValue: 'Baseline value',
      baselineOn: 'Baseline date',
      criterion: 'Success criterion',
      outcome: 'Outcome measured',
      latestOn: 'Latest actual: date',
      latestValue: 'Latest actual: value',
      expected: 'Expected value',
      date: 'Date',
      value: 'Value',
      note: 'Note',
      milestone: 'Milestone',
      kind: 'Kind',
      label: 'Label',
      purpose: 'Purpose',
      from: 'From',
      to: 'To',
      id: 'Id',
    },
    allPhases: 'All phases',
    baseline: 'Baseline',
    directions: { increase: 'Higher is better', decrease: 'Lower is better' },
    comparisonStatus: {
      matches: 'Matches',
      'roadmap-below-target': 'Roadmap below target',
      'roadmap-above-target': 'Roadmap above target',
      'not-on-roadmap': 'Not on the roadmap',
      'roadmap-only': 'Roadmap only',
      'not-planned': 'No rise planned',
    },
    kpiStatus: {
      achieved: 'Achieved',
      'on-track': 'On track',
      'off-track': 'Off track',
      'no-data': 'No data yet',
      'no-trajectory': 'No trajectory',
    },
    nodeKinds: {
      initiative: 'Initiative',
      investment: 'Investment',
      output: 'Output',
      outcome: 'Outcome',
      purpose: 'Purpose',
    },
    schemes: {
      'iso-37120': 'ISO 37120',
      'iso-37122': 'ISO 37122',
      'iso-37123': 'ISO 37123',
      u4ssc: 'U4SSC',
    },
  },
};
