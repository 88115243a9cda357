import { ApiClient } from '@citymaturity/server/test-support';

/** The password the invited auditors choose through their setup link. */
export const auditorPassword = 'audit-test-2026';

/** An external audit as the helpers below leave it. */
export interface AuditSetup {
  /** The submitted assessment audited. */
  assessmentId: string;
  /** Its snapshot's SHA-256 digest. */
  digest: string;
  /** The auditor's email (sign in with {@link auditorPassword}). */
  auditorEmail: string;
  /** The auditor, signed in. */
  auditor: ApiClient;
}

interface Pack {
  dimensions: { subdimensions: { characteristics: { id: string }[] }[] }[];
}

function expectStatus(response: { status: number; body: unknown }, status: number, what: string) {
  if (response.status !== status)
    throw new Error(`${what}: ${String(response.status)} ${JSON.stringify(response.body)}`);
}

/** The characteristics of the MMSSC in model order. */
export async function characteristicIds(client: ApiClient): Promise<string[]> {
  const pack = await client.get<Pack>('/api/v1/models/mmssc');
  return pack.body.dimensions.flatMap((d) =>
    d.subdimensions.flatMap((s) => s.characteristics.map((c) => c.id)),
  );
}

/**
 * An external audit under way, made through the API as a city would: the organisation
 * administrator (`admin`, signed in) invites an auditor (a new account) to a submitted assessment,
 * the auditor sets a password through the one-time link and records two findings (1.1.1 adjusted,
 * 1.1.2 confirmed).
 */
export async function createAuditInProgress(
  admin: ApiClient,
  organisationId: string,
  assessmentId: string,
  auditorEmail = `auditor-${Math.random().toString(36).slice(2, 8)}@certifier.example`,
): Promise<AuditSetup> {
  const path = `/api/v1/organisations/${organisationId}/assessments/${assessmentId}`;
  const invited = await admin.post<{ setupLink: { link: string } | null }>(`${path}/auditors`, {
    email: auditorEmail,
    displayName: 'Ada Auditor',
    organisation: 'Certifier Ltd',
  });
  expectStatus(invited, 201, 'invite the auditor');
  const token = invited.body.setupLink?.link.split('#').pop() ?? '';
  const auditor = new ApiClient(admin.baseUrl);
  expectStatus(
    await auditor.post('/api/v1/account/setup', { token, password: auditorPassword }),
    200,
    'account setup',
  );
  await auditor.signIn(auditorEmail, auditorPassword);
  expectStatus(
    await auditor.put(`${path}/audit/findings/1.1.1`, {
      verdict: 'adjusted',
      adjustedCurrent: 1,
      reason: 'The strategy is not yet adopted.',
      version: 0,
    }),
    200,
    'adjusted finding',
  );
  expectStatus(
    await auditor.put(`${path}/audit/findings/1.1.2`, { verdict: 'confirmed', version: 0 }),
    200,
    'confirmed finding',
  );
  const detail = await admin.get<{ snapshot: { digest: string } | null }>(path);
  return { assessmentId, digest: detail.body.snapshot?.digest ?? '', auditorEmail, auditor };
}
