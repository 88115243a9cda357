import type { ApiClient } from '@citymaturity/server/test-support';
import { createdId, expectStatus } from './programme-setup.js';

/** What the principles, component tracker and interoperability pages show, made through the API. */
export interface ProgrammeComponentsSetup {
  /** The registered stakeholders (for the principles' agreements), by name. */
  stakeholders: Record<string, string>;
  /** The principle the city added. */
  ownPrincipleId: string;
  /** The policy product of the city's own (strategic management × technical). */
  ownProductId: string;
}

/** Adopts the principle "visionary" as written, agreed by the stakeholders on the dates given. */
export async function adoptVisionary(
  admin: ApiClient,
  organisationId: string,
  agreements: { stakeholderId: string | undefined; agreedOn: string }[],
) {
  const principles = `/api/v1/organisations/${organisationId}/programme/principles`;
  const adopted = await admin.put<{ id: string; version: number }>(`${principles}/visionary`, {
    stance: 'adopted',
  });
  expectStatus(adopted, 201, 'adopt visionary');
  const agreed = await admin.request(
    'PUT',
    `${principles}/${adopted.body.id}/agreements`,
    { agreements },
    { 'if-match': `"${String(adopted.body.version)}"` },
  );
  expectStatus(agreed, 200, 'agreements on visionary');
}

/**
 * The demo city's workspace as a programme office would have it after a few weeks (`admin`
 * signed in with `programme.manage`): three registered stakeholders, the principle "visionary"
 * adopted and agreed by two of them, "digital" adapted, one principle of the city's own; in the
 * tracker B1.a done with its evidence, B1.b in progress, B3.a overdue (due 2020-01-15), C1.a not
 * applicable; in the matrix two products of the standard reviewed and adopted, one drafting, and
 * a product of the city's own in the cell the standard leaves empty.
 */
export async function createProgrammeComponentsData(
  admin: ApiClient,
  organisationId: string,
): Promise<ProgrammeComponentsSetup> {
  const programme = `/api/v1/organisations/${organisationId}/programme`;
  const stakeholders: Record<string, string> = {};
  for (const [name, typeId] of [
    ['市发展和改革委员会', 'promoters'],
    ['Riverside Residents Association', 'consumers'],
    ['示例大学', 'external'],
  ] as const) {
    stakeholders[name] = await createdId(
      admin,
      `${programme}/stakeholders`,
      { name, typeId },
      `stakeholder ${name}`,
    );
  }

  await adoptVisionary(admin, organisationId, [
    { stakeholderId: stakeholders['市发展和改革委员会'], agreedOn: '2026-10-20' },
    { stakeholderId: stakeholders['Riverside Residents Association'], agreedOn: '2026-11-02' },
  ]);
  expectStatus(
    await admin.put(`${programme}/principles/digital`, {
      stance: 'adapted',
      title: '数字示例市',
      wording: '本市承诺以数据驱动的方式提供公共服务。',
    }),
    201,
    'adapt digital',
  );
  const ownPrincipleId = await createdId(
    admin,
    `${programme}/principles`,
    {
      title: '韧性优先 Resilience first',
      wording: '所有重大项目都需评估气候风险韧性。',
      position: 0,
    },
    'own principle',
  );

  const progress = {
    'B1.a': {
      status: 'done',
      owner: '市发改委',
      dueOn: '2026-09-30',
      evidence: '《示例市智慧城市愿景》已审议通过',
      evidenceUrl: 'https://example.org/vision.pdf',
    },
    'B1.b': { status: 'in-progress', owner: '市大数据局', dueOn: '2099-12-31' },
    'B3.a': { status: 'not-started', owner: '市政务服务中心', dueOn: '2020-01-15' },
    'C1.a': { status: 'not-applicable', evidence: '由省级平台承担' },
  };
  for (const [id, body] of Object.entries(progress))
    expectStatus(await admin.put(`${programme}/recommendations/${id}`, body), 201, id);

  const standard = `${programme}/interoperability/standard`;
  for (const [path, status] of [
    ['strategic-management/political/1', 'reviewed'],
    ['strategic-management/political/2', 'adopted'],
    ['citizen-centric-service-management/organisational/1', 'drafting'],
  ] as const)
    expectStatus(
      await admin.put(`${standard}/${path}`, {
        status,
        documentUrl: status === 'reviewed' ? 'https://example.org/policy.pdf' : null,
      }),
      201,
      path,
    );
  const ownProductId = await createdId(
    admin,
    `${programme}/interoperability/own`,
    {
      areaId: 'strategic-management',
      dimensionId: 'technical',
      name: '示例市数据共享技术规范',
      componentCodes: ['B12', 'B14'],
      status: 'adopted',
    },
    'own product',
  );
  return { stakeholders, ownPrincipleId, ownProductId };
}
