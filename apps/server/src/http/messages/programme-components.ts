import type { LocalizedText } from '@citymaturity/model';

/**
 * Error codes of the programme office's principles, component tracker and interoperability
 * matrix, in Chinese and English. Each names the field at fault (also given in `issues`).
 */
export const programmeComponentsMessages = {
  'unknown-principle': {
    zh: '模型中没有这个实施原则（packPrincipleId）',
    en: 'The model has no such implementation principle (packPrincipleId)',
  },
  'principle-conflict': {
    zh: '您打开此原则后，已有其他人修改了它：请查看对方的版本，再决定保留哪一个',
    en: 'Someone changed this principle after you opened it: compare their version with yours, then save again',
  },
  'principle-wording-required': {
    zh: '改编的原则和城市自行增加的原则需要填写措辞（wording）',
    en: 'An adapted principle, and one the city adds, needs its wording (wording)',
  },
  'principle-title-required': {
    zh: '城市自行增加的原则需要标题（title）',
    en: 'A principle the city adds needs a title (title)',
  },
  'principle-title-of-adopted': {
    zh: '直接采用的原则使用标准的名称：不能填写标题（title）；要用自己的名称，请选择“改编”',
    en: 'An adopted principle keeps the standard’s name: it takes no title (title); to word it your own way, adapt it',
  },
  'principle-wording-of-adopted': {
    zh: '直接采用的原则使用标准的措辞：不能填写措辞（wording）；要用自己的措辞，请选择“改编”',
    en: 'An adopted principle keeps the standard’s wording: it takes no wording (wording); to word it your own way, adapt it',
  },
  'principle-added-stance-fixed': {
    zh: '城市自行增加的原则不能改为采用或改编（stance）',
    en: 'A principle the city added cannot become adopted or adapted (stance)',
  },
  'principle-pack-not-added': {
    zh: '标准中的原则只能采用或改编（stance）',
    en: 'A principle of the standard can only be adopted or adapted (stance)',
  },
  'principle-unknown-stakeholder': {
    zh: '利益相关方登记册中没有这个利益相关方（agreements.stakeholderId）',
    en: 'The stakeholder register has no such stakeholder (agreements.stakeholderId)',
  },
  'unknown-recommendation': {
    zh: '模型中没有这条建议（recommendationId）',
    en: 'The model has no such recommendation (recommendationId)',
  },
  'recommendation-conflict': {
    zh: '您打开此建议后，已有其他人修改了它的进展：请查看对方的版本，再决定保留哪一个',
    en: 'Someone changed this recommendation’s progress after you opened it: compare their version with yours, then save again',
  },
  'unknown-interoperability-area': {
    zh: '交互性矩阵中没有这个方面（areaId）',
    en: 'The interoperability matrix has no such area (areaId)',
  },
  'unknown-interoperability-dimension': {
    zh: '交互性矩阵中没有这个交互性维度（dimensionId）',
    en: 'The interoperability matrix has no such interoperability dimension (dimensionId)',
  },
  'unknown-policy-product': {
    zh: '交互性矩阵的这个单元格中没有这个标准政策产品（index）',
    en: 'This cell of the interoperability matrix has no such policy product of the standard (index)',
  },
  'policy-product-unknown-component': {
    zh: '模型中没有这个组成部分（componentCodes）',
    en: 'The model has no such component (componentCodes)',
  },
  'policy-product-conflict': {
    zh: '您打开此政策产品后，已有其他人修改了它：请查看对方的版本，再决定保留哪一个',
    en: 'Someone changed this policy product after you opened it: compare their version with yours, then save again',
  },
} satisfies Record<string, LocalizedText>;
