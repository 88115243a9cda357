import { crc32 } from 'node:zlib';
import { repositories } from '@citymaturity/db';
import type { TestServer } from './test-server.js';

// Tiny but real files for upload tests, and the fixtures evidence tests start from.

/** A minimal PDF (one empty page). */
export const tinyPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >> endobj\n' +
    'trailer << /Root 1 0 R >>\n%%EOF\n',
);

/** A 1×1 transparent PNG. */
export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** The start of a Windows program ("MZ" header): never accepted, whatever its name. */
export const tinyExe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126)]);

/** A zip archive of stored (uncompressed) entries, in order. */
export function zipOf(entries: readonly { name: string; data: Buffer | string }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A minimal Word document: a zip whose `[Content_Types].xml` declares the main part as a
 * WordprocessingML document (what file-type reads to tell a docx from any zip), and that part.
 */
export const tinyDocx = zipOf([
  {
    name: '[Content_Types].xml',
    data:
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  },
  {
    name: 'word/document.xml',
    data: '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
  },
]);

/** A minimal OpenDocument text: a zip whose first entry `mimetype` names the type. */
export const tinyOdt = zipOf([
  { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
  { name: 'content.xml', data: '<?xml version="1.0" encoding="UTF-8"?><office:document-content/>' },
]);

/** A multipart form with an optional characteristic field and one file. */
export function uploadForm(
  content: Buffer,
  name: string,
  fields: Record<string, string> = {},
  type = 'application/octet-stream',
): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', new Blob([content], { type }), name);
  return form;
}

/** An assessment of the given method created straight in the database, with its first respondent. */
export async function createEvidenceFixture(
  server: TestServer,
  organisationId: string,
  options: {
    method?: 'single-stakeholder' | 'multi-stakeholder' | 'facilitated-workshop';
    respondentUserId?: string | null;
  } = {},
) {
  const { assessment, respondent } = await repositories.createAssessment(
    server.database.db,
    { organisationId },
    {
      // The title of every fixture (the authorization matrix checks that none was renamed).
      title: 'Fixture',
      modelId: 'mmssc',
      modelVersion: '1.0.0',
      method: options.method ?? 'single-stakeholder',
      assessedOn: '2026-11-01',
      createdBy: null,
    },
    { name: 'Team', userId: options.respondentUserId ?? null, stakeholderGroup: null },
  );
  return { assessmentId: assessment.id, respondentId: respondent.id };
}

/** A text evidence item stored straight in the database (added by `createdBy`, or nobody). */
export async function createEvidenceItem(
  server: TestServer,
  organisationId: string,
  attachedTo: { respondentId: string } | { consensusAssessmentId: string },
  createdBy: string | null = null,
) {
  return repositories.insertEvidence(
    server.database.db,
    { organisationId },
    { attachedTo, characteristicId: '1.1.1', kind: 'text', body: 'A note', createdBy },
  );
}

/** A PDF evidence item stored straight in the database on a respondent's rating of 1.1.1. */
export async function createEvidenceFile(
  server: TestServer,
  organisationId: string,
  respondentId: string,
) {
  return repositories.insertEvidence(
    server.database.db,
    { organisationId },
    {
      attachedTo: { respondentId },
      characteristicId: '1.1.1',
      kind: 'file',
      body: 'plan.pdf',
      createdBy: null,
      file: {
        mediaType: 'application/pdf',
        size: tinyPdf.length,
        sha256: 'f'.repeat(64),
        content: tinyPdf,
      },
    },
  );
}
