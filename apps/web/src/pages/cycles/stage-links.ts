import type { PlatformFeatureId } from '@citymaturity/core';

/** Where a feature of the improvement cycle lives in the web app, and on which part of the page. */
export interface FeatureLink {
  /** The page's path in the web app. */
  to: string;
  /** The part of a longer page where the feature is (named in the link's words), if any. */
  section?: 'priorities';
}

/**
 * The web page of each platform feature that serves a stage of the improvement cycle (the API
 * gives the API path; the person needs the page): the model browser, the assessment, its results
 * (priorities, ISO 37106 guidance, next-level criteria and supporting standards are in the
 * results' priorities), report, verification, workshop, plan realisation, and the organisation's
 * trend over its cycles.
 */
export function featureLink(
  feature: PlatformFeatureId,
  ids: { organisationId: string; assessmentId: string },
): FeatureLink {
  const organisation = `/organisations/${ids.organisationId}`;
  const assessment = `${organisation}/assessments/${ids.assessmentId}`;
  switch (feature) {
    case 'model':
      return { to: '/model' };
    case 'report':
      return { to: `${assessment}/report` };
    case 'assessment':
      return { to: assessment };
    case 'results':
      return { to: `${assessment}/results` };
    case 'verification':
      return { to: `${assessment}/verification` };
    case 'priorities':
    case 'operating-model-guidance':
    case 'next-level-criteria':
    case 'supporting-standards':
      return { to: `${assessment}/results`, section: 'priorities' };
    case 'workshop':
      return { to: `${assessment}/workshop` };
    case 'plan-realisation':
      return { to: `${assessment}/plan-realisation` };
    case 'trend':
      return { to: `${organisation}/cycles` };
  }
}

/** The id of a stage's part of the improvement-cycle page (its heading is `<id>-heading`). */
export function stageAnchor(stageId: string): string {
  return `stage-${stageId}`;
}
