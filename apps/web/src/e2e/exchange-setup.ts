import type { ApiClient, TestServer } from '@citymaturity/server/test-support';
import { everyAnswer, fillForm } from '@citymaturity/server/exchange-test-support';
import type { Page } from 'playwright-core';

/** The exchange states worth checking in the browser, and the files that bring them about. */
export interface ExchangeStates {
  /** A multi-stakeholder draft that takes filled forms. */
  draft: string;
  /** A filled English form (Ann Lee, academia, every characteristic answered). */
  goodForm: Buffer;
  /** A filled English form with a wrong level (1.1.1: 7), an unknown group and a bad date. */
  badForm: Buffer;
  /** A citymaturity/assessment@1 document (YAML) with an unknown method and a wrong level. */
  badDocument: Buffer;
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The blank form of the bundled model as the public link gives it. */
export async function blankForm(baseUrl: string, lang: 'zh' | 'en'): Promise<Buffer> {
  const response = await fetch(`${baseUrl}/api/v1/models/mmssc/diagnostic-form.xlsx?lang=${lang}`);
  if (response.status !== 200) throw new Error(`blank form: ${String(response.status)}`);
  return Buffer.from(await response.arrayBuffer());
}

/** A filled form with a wrong level on 1.1.1 (7), an unknown group and a date that is none. */
export function badAnswers(server: TestServer) {
  return { ...everyAnswer(server), '1.1.1': [7, 3] as [unknown, unknown] };
}

/** Forms and a document, and a draft to import into (`admin` signed in to the organisation). */
export async function createExchangeStates(
  server: TestServer,
  admin: ApiClient,
  organisationId: string,
): Promise<ExchangeStates> {
  const created = await admin.post<{ id: string }>(
    `/api/v1/organisations/${organisationId}/assessments`,
    { title: '纸质诊断表 Paper forms', date: '2026-11-01', method: 'multi-stakeholder' },
  );
  if (created.status !== 201) throw new Error(`draft: ${String(created.status)}`);
  const blank = await blankForm(server.url, 'en');
  return {
    draft: created.body.id,
    goodForm: await fillForm(blank, {
      name: 'Ann Lee',
      group: 'Academia',
      date: '2026-11-02',
      answers: everyAnswer(server),
    }),
    badForm: await fillForm(blank, {
      name: 'Bob Stone',
      group: 'Nobody',
      date: 'soon',
      answers: badAnswers(server),
    }),
    badDocument: Buffer.from(
      [
        'format: citymaturity/assessment@1',
        'model: mmssc',
        'model_version: 1.0.0',
        'city: { name: 示例市 }',
        'method: by-guesswork',
        'date: 2026-11-01',
        'respondents:',
        '  - id: r1',
        '    name: Team',
        '    ratings:',
        "      '1.1.1': { current: 9, target: 2 }",
        '',
      ].join('\n'),
    ),
  };
}

/** An .xlsx file for a file input. */
export const xlsxFile = (name: string, buffer: Buffer) => ({ name, mimeType: xlsxType, buffer });

/** On an assessment page: chooses forms in the exchange card and imports them. */
export async function importFormsOnPage(
  page: Page,
  files: { name: string; buffer: Buffer }[],
): Promise<void> {
  const card = page.locator('section[aria-labelledby="exchange-card-title"]');
  await card
    .locator('input[type=file]')
    .setInputFiles(files.map((f) => xlsxFile(f.name, f.buffer)));
  await card.locator('.cm-ex-block .ant-btn-primary').click();
}

/** On the organisation page: chooses an assessment file and imports it. */
export async function importDocumentOnPage(page: Page, name: string, buffer: Buffer) {
  const block = page.locator('section[aria-labelledby="import"] .cm-ex-block').nth(1);
  await block.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/yaml', buffer });
  await block.locator('.ant-btn-primary').click();
}
