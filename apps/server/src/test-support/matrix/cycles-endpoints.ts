import { createAssessmentFixture } from '../fixtures.js';
import { org, simple, type Endpoint } from './endpoint.js';

// Every call prepares drafts only: the matrix's check that nothing of another organisation changed
// counts the submitted assessments there.

/** Assessment cycles: the trend, the plan realisation and the improvement tracker. */
export const cycleEndpoints: Endpoint[] = [
  simple('organisation cycles and trend', 'GET', 'results.view', 200, (_server, id) => ({
    path: `${org(id)}/cycles?includeDrafts=true`,
  })),
  simple('assessment plan realisation', 'GET', 'results.view', 200, async (server, id) => {
    const previous = await createAssessmentFixture(server, id, { complete: true });
    const current = await createAssessmentFixture(server, id, { complete: true });
    return {
      path: `${org(id)}/assessments/${current.assessmentId}/plan-realisation?previous=${previous.assessmentId}`,
    };
  }),
  simple('assessment improvement cycle', 'GET', 'results.view', 200, async (server, id) => {
    const f = await createAssessmentFixture(server, id, { complete: true });
    return { path: `${org(id)}/assessments/${f.assessmentId}/improvement-cycle` };
  }),
  simple(
    'assessment improvement stage save',
    'PUT',
    'improvement.manage',
    200,
    async (server, id) => {
      const f = await createAssessmentFixture(server, id);
      return {
        path: `${org(id)}/assessments/${f.assessmentId}/improvement-cycle/strategy-definition`,
        body: { status: 'in-progress', notes: 'Priorities drafted' },
        headers: { 'if-match': '"0"' },
      };
    },
  ),
];
