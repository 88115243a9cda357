import {
  createEvidenceFile,
  createEvidenceFixture,
  createEvidenceItem,
  tinyPdf,
  uploadForm,
} from '../evidence-fixtures.js';
import { byAction, org, simple, type Endpoint } from './endpoint.js';

const assessmentPath = (organisationId: string, assessmentId: string) =>
  `${org(organisationId)}/assessments/${assessmentId}`;

/** Evidence items: notes, links and files of ratings and consensus items. */
export const evidenceEndpoints: Endpoint[] = [
  // Only whoever may edit the response adds to it: the team's response of a single-stakeholder
  // assessment is answered by administrators and facilitators.
  simple(
    'evidence: add a file to a response',
    'POST',
    'responses.answer-team',
    201,
    async (server, id) => {
      const f = await createEvidenceFixture(server, id);
      return {
        path: `${assessmentPath(id, f.assessmentId)}/respondents/${f.respondentId}/evidence`,
        body: uploadForm(tinyPdf, 'plan.pdf', { characteristicId: '1.1.1' }),
      };
    },
  ),
  simple(
    'evidence: add a note to a response',
    'POST',
    'responses.answer-team',
    201,
    async (server, id) => {
      const f = await createEvidenceFixture(server, id);
      return {
        path: `${assessmentPath(id, f.assessmentId)}/respondents/${f.respondentId}/evidence`,
        body: { characteristicId: '1.1.1', kind: 'text', body: 'Minutes' },
      };
    },
  ),
  simple(
    "evidence: add a file to an assessment's consensus item",
    'POST',
    'workshop.facilitate',
    201,
    async (server, id) => {
      const f = await createEvidenceFixture(server, id, { method: 'facilitated-workshop' });
      return {
        path: `${assessmentPath(id, f.assessmentId)}/consensus/1.1.1/evidence`,
        body: uploadForm(tinyPdf, 'workshop.pdf'),
      };
    },
  ),
  simple(
    'evidence: remove an item of a response',
    'DELETE',
    'responses.answer-team',
    204,
    async (server, id) => {
      const f = await createEvidenceFixture(server, id);
      const item = await createEvidenceItem(server, id, { respondentId: f.respondentId });
      return { path: `${assessmentPath(id, f.assessmentId)}/evidence/${item.id}` };
    },
  ),
  {
    ...simple(
      "evidence: list an assessment's evidence",
      'GET',
      'evidence.view',
      200,
      async (server, id) => {
        const f = await createEvidenceFixture(server, id);
        await createEvidenceItem(server, id, { respondentId: f.respondentId });
        return { path: `${assessmentPath(id, f.assessmentId)}/evidence?characteristicId=1.1.1` };
      },
    ),
    grantAction: 'evidence.view',
  },
  {
    // Members who may not view evidence still get the files of their own responses (none here).
    name: 'evidence: download a file of an assessment',
    method: 'GET',
    prepare: async (server, id) => {
      const f = await createEvidenceFixture(server, id);
      const file = await createEvidenceFile(server, id, f.respondentId);
      return { path: `${assessmentPath(id, f.assessmentId)}/evidence/${file.id}/file` };
    },
    allows: byAction('evidence.view'),
    success: 200,
    grantAction: 'evidence.view',
  },
];
