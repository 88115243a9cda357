/**
 * The evidence-gathering methods of ISO/TS 37107 5.1 that an assessment can use on the platform (a
 * multi-city benchmark compares several assessments; an external audit verifies a submitted one).
 */
export const assessmentMethods = [
  'single-stakeholder',
  'multi-stakeholder',
  'facilitated-workshop',
] as const;
export type AssessmentMethod = (typeof assessmentMethods)[number];

/** True for a method whose stakeholders rate through personal invitation links. */
export function usesInvitations(method: string): boolean {
  return method === 'multi-stakeholder' || method === 'facilitated-workshop';
}

/** True for a method whose official result is the consensus a facilitated workshop agrees. */
export function usesConsensus(method: string): boolean {
  return method === 'facilitated-workshop';
}
