import type { ProgrammeReviewKind, RiskBand, RiskStatus } from '@citymaturity/core';

// The words of the programme reviews workbook, in Chinese and English.

interface WorkbookText {
  font: string;
  title: string;
  sheets: Record<ProgrammeReviewKind | 'risks' | 'ratings', string>;
  factor: string;
  subfactor: string;
  statementId: string;
  statement: string;
  factorOverall: string;
  number: string;
  traditional: string;
  smart: string;
  itemId: string;
  governanceChange: string;
  notRated: string;
  mean: string;
  noReviews: string;
  kind: Record<ProgrammeReviewKind, string>;
  reviewHeader: (date: string, reviewer: string) => string;
  ratingsColumns: {
    kind: string;
    reviewedOn: string;
    reviewer: string;
    itemId: string;
    item: string;
    rating: string;
    ratingWords: string;
    comment: string;
    notes: string;
  };
  riskColumns: {
    title: string;
    description: string;
    likelihood: string;
    impact: string;
    score: string;
    band: string;
    status: string;
    factors: string;
    owner: string;
    mitigation: string;
    reviewOn: string;
  };
  band: Record<RiskBand, string>;
  status: Record<RiskStatus, string>;
}

export const reviewsWorkbookText: Record<'zh' | 'en', WorkbookText> = {
  zh: {
    font: 'Microsoft YaHei',
    title: '关键成功因素评审、自查与风险登记',
    sheets: {
      'key-success-factors': '关键成功因素评审',
      procurement: '采购自查',
      governance: '治理变革自查',
      risks: '风险登记',
      ratings: '全部评分',
    },
    factor: '关键成功因素',
    subfactor: '子因素',
    statementId: '条目编号',
    statement: '检查条目',
    factorOverall: '因素总体',
    number: '行号',
    traditional: '传统城市采购',
    smart: '智慧城市采购',
    itemId: '条目编号',
    governanceChange: '关键治理变革',
    notRated: '未评',
    mean: '平均位置',
    noReviews: '尚无评审',
    kind: {
      'key-success-factors': '关键成功因素',
      procurement: '采购自查',
      governance: '治理变革自查',
    },
    reviewHeader: (date, reviewer) => `${date}\n${reviewer}`,
    ratingsColumns: {
      kind: '评审类别',
      reviewedOn: '评审日期',
      reviewer: '评审人',
      itemId: '条目编号',
      item: '条目',
      rating: '评分',
      ratingWords: '评分（文字）',
      comment: '意见',
      notes: '评审备注',
    },
    riskColumns: {
      title: '风险',
      description: '说明',
      likelihood: '可能性（1–5）',
      impact: '影响（1–5）',
      score: '分值',
      band: '等级',
      status: '状态',
      factors: '关键成功因素',
      owner: '负责人',
      mitigation: '应对措施',
      reviewOn: '复查日期',
    },
    band: { low: '低', medium: '中', high: '高', critical: '极高' },
    status: { open: '未处理', mitigating: '应对中', closed: '已关闭' },
  },
  en: {
    font: 'Calibri',
    title: 'Key success factor reviews, self-checks and risk register',
    sheets: {
      'key-success-factors': 'Key success factors',
      procurement: 'Procurement self-check',
      governance: 'Governance self-check',
      risks: 'Risk register',
      ratings: 'All ratings',
    },
    factor: 'Key success factor',
    subfactor: 'Sub-factor',
    statementId: 'Statement id',
    statement: 'Statement',
    factorOverall: 'Factor overall',
    number: 'Row',
    traditional: 'Traditional city procurement',
    smart: 'Smart city procurement',
    itemId: 'Item id',
    governanceChange: 'Key governance change',
    notRated: 'Not rated',
    mean: 'Mean position',
    noReviews: 'No reviews yet',
    kind: {
      'key-success-factors': 'Key success factors',
      procurement: 'Procurement self-check',
      governance: 'Governance self-check',
    },
    reviewHeader: (date, reviewer) => `${date}\n${reviewer}`,
    ratingsColumns: {
      kind: 'Kind of review',
      reviewedOn: 'Reviewed on',
      reviewer: 'Reviewer',
      itemId: 'Item id',
      item: 'Item',
      rating: 'Rating',
      ratingWords: 'Rating (words)',
      comment: 'Comment',
      notes: 'Review notes',
    },
    riskColumns: {
      title: 'Risk',
      description: 'Description',
      likelihood: 'Likelihood (1–5)',
      impact: 'Impact (1–5)',
      score: 'Score',
      band: 'Band',
      status: 'Status',
      factors: 'Key success factors',
      owner: 'Owner',
      mitigation: 'Mitigation',
      reviewOn: 'Review on',
    },
    band: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
    status: { open: 'Open', mitigating: 'Mitigating', closed: 'Closed' },
  },
};
