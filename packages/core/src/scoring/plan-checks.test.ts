import { describe, expect, it } from 'vitest';
import { checkPlan } from './plan-checks.js';

describe('checkPlan', () => {
  it('warns when the target is below the current level', () => {
    expect(checkPlan(3, 2)).toBe('target-below-current');
  });

  it('flags a rise of more than 2 levels in two years as ambitious', () => {
    expect(checkPlan(1, 4)).toBe('ambitious-target');
  });

  it('accepts a rise of exactly 2 levels', () => {
    expect(checkPlan(1, 3)).toBeNull();
  });

  it('says nothing when a value is missing', () => {
    expect([checkPlan(null, 3), checkPlan(2, undefined)]).toEqual([null, null]);
  });
});
