import type { LocalizedText } from '@citymaturity/model';

/** Ids of the stakeholder groups every assessment may use without declaring them. */
export const standardStakeholderGroupIds = [
  'local-government',
  'public-agency',
  'private-sector',
  'community-voluntary',
  'academia',
  'residents',
] as const;

/**
 * The standard stakeholder groups, after the groups ISO/TS 37107 5.1 names for multi-stakeholder
 * views (key local-government departments, public agencies, community and private sectors),
 * with academia and residents added.
 */
export const standardStakeholderGroups: Readonly<
  Record<(typeof standardStakeholderGroupIds)[number], LocalizedText>
> = {
  'local-government': { zh: '地方政府部门', en: 'Local government department' },
  'public-agency': { zh: '公共机构', en: 'Public agency' },
  'private-sector': { zh: '私营部门', en: 'Private sector' },
  'community-voluntary': { zh: '社区和志愿组织', en: 'Community and voluntary sector' },
  academia: { zh: '学术界', en: 'Academia' },
  residents: { zh: '居民', en: 'Residents' },
};
