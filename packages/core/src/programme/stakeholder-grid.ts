import type { OperatingModelPack } from '@citymaturity/model';

// The stakeholder register's overview: how many stakeholders of each of the pack's types, and the
// influence × interest grid (3 × 3) with the engagement a classic power / interest grid suggests
// for each cell (rules: docs/operating-model.md).

/** How closely a stakeholder is engaged: the IAP2 spectrum, least to most. */
export const engagementLevels = ['inform', 'consult', 'involve', 'collaborate', 'empower'] as const;
/** See {@link engagementLevels}. */
export type EngagementLevel = (typeof engagementLevels)[number];

/** What the power / interest grid suggests, least attention first. */
export const gridStrategies = [
  'monitor',
  'keep-informed',
  'keep-satisfied',
  'manage-closely',
] as const;
/** See {@link gridStrategies}. */
export type GridStrategy = (typeof gridStrategies)[number];

/** Influence and interest are rated 1 low, 2 medium, 3 high. */
export const gridScaleMax = 3;

/**
 * The strategy for a cell of the influence × interest grid (each 1 low, 2 medium, 3 high), the
 * classic power / interest grid on three levels:
 * - manage closely: both at least medium and one of them high ((3,3), (3,2), (2,3));
 * - keep satisfied: more influence than interest ((3,1), (2,1));
 * - keep informed: more interest than influence ((1,3), (1,2)), and both medium ((2,2));
 * - monitor: both low ((1,1)).
 * Raising influence or interest never calls for less attention (see {@link strategyAttention}).
 */
export function gridStrategy(influence: number, interest: number): GridStrategy {
  if (influence >= 2 && interest >= 2 && Math.max(influence, interest) === 3)
    return 'manage-closely';
  if (influence > interest) return 'keep-satisfied';
  if (influence === 1 && interest === 1) return 'monitor';
  return 'keep-informed';
}

/** How much attention a strategy asks for: monitor 0, keep informed or satisfied 1, manage closely 2. */
export function strategyAttention(strategy: GridStrategy): number {
  if (strategy === 'monitor') return 0;
  if (strategy === 'manage-closely') return 2;
  return 1;
}

/**
 * The least engagement (IAP2) each strategy calls for: manage closely → involve; keep satisfied
 * → consult; keep informed and monitor → inform. A stakeholder engaged less closely than its
 * cell's minimum is flagged as under-engaged.
 */
export const minimumEngagement: Readonly<Record<GridStrategy, EngagementLevel>> = {
  'manage-closely': 'involve',
  'keep-satisfied': 'consult',
  'keep-informed': 'inform',
  monitor: 'inform',
};

/** True when a stakeholder is engaged less closely than its grid cell calls for. */
export function isUnderEngaged(
  influence: number,
  interest: number,
  engagement: EngagementLevel,
): boolean {
  const minimum = minimumEngagement[gridStrategy(influence, interest)];
  return engagementLevels.indexOf(engagement) < engagementLevels.indexOf(minimum);
}

/** What the register's overview reads of a stakeholder. */
export interface StakeholderInput {
  id: string;
  typeId: string;
  influence: number;
  interest: number;
  engagementLevel: EngagementLevel;
}

/** A cell of the influence × interest grid. */
export interface GridCell {
  influence: number;
  interest: number;
  strategy: GridStrategy;
  count: number;
  stakeholderIds: string[];
}

/** The register's overview. */
export interface StakeholderRegisterSummary {
  total: number;
  /** Every type of the pack, in its order (zero included). */
  byType: { typeId: string; count: number }[];
  /** The nine cells, influence high to low, then interest low to high (as the grid is drawn). */
  grid: GridCell[];
  /** Stakeholders engaged less closely than their cell calls for ({@link isUnderEngaged}). */
  underEngaged: string[];
}

/**
 * The overview of a stakeholder register: counts per stakeholder type of the pack, the 3 × 3
 * influence × interest grid with each cell's strategy and members, and the under-engaged
 * stakeholders. Stakeholders of a type the pack no longer has count in the total and the grid only.
 */
export function summariseStakeholders(
  pack: OperatingModelPack,
  stakeholders: readonly StakeholderInput[],
): StakeholderRegisterSummary {
  const grid: GridCell[] = [];
  for (let influence = gridScaleMax; influence >= 1; influence--) {
    for (let interest = 1; interest <= gridScaleMax; interest++) {
      const members = stakeholders.filter(
        (s) => s.influence === influence && s.interest === interest,
      );
      grid.push({
        influence,
        interest,
        strategy: gridStrategy(influence, interest),
        count: members.length,
        stakeholderIds: members.map((s) => s.id),
      });
    }
  }
  return {
    total: stakeholders.length,
    byType: (pack.stakeholder_types ?? []).map((type) => ({
      typeId: type.id,
      count: stakeholders.filter((s) => s.typeId === type.id).length,
    })),
    grid,
    underEngaged: stakeholders
      .filter((s) => isUnderEngaged(s.influence, s.interest, s.engagementLevel))
      .map((s) => s.id),
  };
}
