import {
  auditedAssessmentFixture,
  ensureTestUser,
  matrixAuditorEmail,
  snapshottedAssessmentFixture,
} from '../audit-fixtures.js';
import { org, simple, type Endpoint } from './endpoint.js';

// The audit endpoints' names avoid the word "assessment": the generic cross-organisation check of
// the matrix expects 404 from org_admin there, but members never record findings (403 first). The
// audit tests check cross-organisation access of these endpoints themselves.

let counter = 0;
const a = (organisationId: string, assessmentId: string) =>
  `${org(organisationId)}/assessments/${assessmentId}`;

/** An audit in progress by the matrix's external auditor. */
async function matrixAudit(
  server: Parameters<Endpoint['prepare']>[0],
  organisationId: string,
  findings: 'none' | 'complete' = 'none',
) {
  const auditor = await ensureTestUser(server, matrixAuditorEmail);
  return auditedAssessmentFixture(server, organisationId, auditor.id, { findings });
}

/** External audit, snapshots and verification (organisation side). */
export const auditEndpoints: Endpoint[] = [
  simple('invite external auditor', 'POST', 'auditors.manage', 201, async (server, id) => {
    const f = await snapshottedAssessmentFixture(server, id);
    return {
      path: `${a(id, f.assessmentId)}/auditors`,
      body: {
        email: `auditor-${String(++counter)}@certifier.example`,
        displayName: 'Auditor',
        organisation: 'Certifier Ltd',
      },
    };
  }),
  simple('list external auditors', 'GET', 'auditors.manage', 200, async (server, id) => {
    const f = await snapshottedAssessmentFixture(server, id);
    return { path: `${a(id, f.assessmentId)}/auditors` };
  }),
  simple('revoke external auditor', 'DELETE', 'auditors.manage', 204, async (server, id) => {
    const auditor = await ensureTestUser(server, `revoked-${String(++counter)}@certifier.example`);
    const f = await auditedAssessmentFixture(server, id, auditor.id);
    return { path: `${a(id, f.assessmentId)}/auditors/${auditor.id}` };
  }),
  {
    ...simple('view audit', 'GET', 'verification.view', 200, async (server, id) => {
      const f = await matrixAudit(server, id);
      return { path: `${a(id, f.assessmentId)}/audit` };
    }),
    grantAction: 'verification.view',
  },
  {
    name: 'record audit finding',
    method: 'PUT',
    prepare: async (server, id) => {
      const f = await matrixAudit(server, id);
      return {
        path: `${a(id, f.assessmentId)}/audit/findings/1.1.1`,
        body: { verdict: 'confirmed', version: 0 },
      };
    },
    // An organisation never audits itself: no member records findings.
    allows: () => false,
    success: 200,
    grantAction: 'audit.record',
  },
  {
    name: 'issue audit statement',
    method: 'POST',
    prepare: async (server, id) => {
      const f = await matrixAudit(server, id, 'complete');
      return {
        path: `${a(id, f.assessmentId)}/audit/statement`,
        body: { statement: 'The self-assessment is supported by the evidence.' },
      };
    },
    allows: () => false,
    success: 200,
    grantAction: 'audit.record',
  },
  {
    ...simple('verify records', 'GET', 'verification.view', 200, async (server, id) => {
      const f = await snapshottedAssessmentFixture(server, id);
      return { path: `${a(id, f.assessmentId)}/verification` };
    }),
    grantAction: 'verification.view',
  },
];
