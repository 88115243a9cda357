import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evidenceFileName,
  evidenceFileProblem,
  evidenceFileType,
  maxFileNameLength,
  megabytesToBytes,
  sanitizeFileName,
} from './evidence-files.js';

const mb = megabytesToBytes(20);

describe('evidenceFileProblem', () => {
  it('accepts a PDF under the limit', () => {
    expect(
      evidenceFileProblem({ size: 1000, maxBytes: mb, detectedMediaType: 'application/pdf' }),
    ).toBeNull();
  });

  it('accepts a file of exactly the limit', () => {
    expect(evidenceFileProblem({ size: mb, maxBytes: mb, detectedMediaType: 'image/png' })).toBe(
      null,
    );
  });

  it('refuses a file one byte over the limit', () => {
    expect(
      evidenceFileProblem({ size: mb + 1, maxBytes: mb, detectedMediaType: 'image/png' }),
    ).toBe('too-large');
  });

  it('refuses an empty file', () => {
    expect(evidenceFileProblem({ size: 0, maxBytes: mb, detectedMediaType: undefined })).toBe(
      'empty',
    );
  });

  it('refuses a program, whatever it is called', () => {
    expect(
      evidenceFileProblem({
        size: 10,
        maxBytes: mb,
        detectedMediaType: 'application/x-msdownload',
      }),
    ).toBe('unsupported-type');
  });

  it('refuses content whose type was not recognised (plain text, HTML)', () => {
    expect(evidenceFileProblem({ size: 10, maxBytes: mb, detectedMediaType: undefined })).toBe(
      'unsupported-type',
    );
  });

  it('refuses a zip archive that is not an office document', () => {
    expect(
      evidenceFileProblem({ size: 10, maxBytes: mb, detectedMediaType: 'application/zip' }),
    ).toBe('unsupported-type');
  });
});

describe('evidenceFileType', () => {
  it('knows the office documents of both families', () => {
    expect(
      [
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        'application/vnd.oasis.opendocument.text',
        'application/vnd.oasis.opendocument.spreadsheet',
        'application/vnd.oasis.opendocument.presentation',
      ].map((t) => evidenceFileType(t)?.extensions[0]),
    ).toEqual(['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp']);
  });

  it('does not accept SVG, which can carry scripts', () => {
    expect(evidenceFileType('image/svg+xml')).toBeUndefined();
  });
});

describe('megabytesToBytes', () => {
  it('counts binary megabytes', () => {
    expect(megabytesToBytes(20)).toBe(20_971_520);
  });
});

describe('sanitizeFileName', () => {
  it('keeps a Chinese name as it is', () => {
    expect(sanitizeFileName('天津市智慧城市评估报告（2026）.pdf')).toBe(
      '天津市智慧城市评估报告（2026）.pdf',
    );
  });

  it('keeps only the last segment of a path', () => {
    expect(sanitizeFileName('C:\\Users\\me\\..\\report.pdf')).toBe('report.pdf');
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
  });

  it('removes control characters and line breaks', () => {
    expect(sanitizeFileName('a\r\nb\u0000c.pdf')).toBe('abc.pdf');
  });

  it('removes a right-to-left override that would disguise the extension', () => {
    expect(sanitizeFileName('report\u202Efdp.exe')).toBe('reportfdp.exe');
  });

  it('replaces characters that file systems reserve', () => {
    expect(sanitizeFileName('a<b>c:d"e|f?g*.pdf')).toBe('a_b_c_d_e_f_g_.pdf');
  });

  it('collapses white space and trims dots and spaces at the ends', () => {
    expect(sanitizeFileName('  my   plan .pdf. ')).toBe('my plan .pdf');
  });

  it('never gives a Windows device name', () => {
    expect(sanitizeFileName('CON.pdf')).toBe('_CON.pdf');
  });

  it('never gives an empty name', () => {
    expect(sanitizeFileName(' ... ')).toBe('file');
  });

  it('composes accents (NFC)', () => {
    expect(sanitizeFileName('re\u0301sume\u0301.pdf')).toBe('r\u00e9sum\u00e9.pdf');
  });

  it('shortens a long name and keeps its extension', () => {
    const name = sanitizeFileName(`${'长'.repeat(300)}.docx`);
    expect(Array.from(name).length).toBe(maxFileNameLength);
    expect(name.endsWith('.docx')).toBe(true);
  });

  it('never cuts a character made of several code points in two', () => {
    const flag = '\u{1F1E8}\u{1F1F3}';
    const name = sanitizeFileName(`${'a'.repeat(maxFileNameLength - 5)}${flag.repeat(3)}`);
    expect(name.endsWith(flag)).toBe(true);
  });

  it('always gives a short name without separators or control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const name = sanitizeFileName(raw);
        expect(name.length).toBeGreaterThan(0);
        expect(Array.from(name).length).toBeLessThanOrEqual(maxFileNameLength);
        // eslint-disable-next-line no-control-regex -- checking that none are left
        expect(name).not.toMatch(/[/\\\u0000-\u001f\u007f]/);
        expect(sanitizeFileName(name)).toBe(name);
      }),
    );
  });
});

describe('evidenceFileName', () => {
  it('keeps a name whose extension matches the content', () => {
    expect(evidenceFileName('photo.JPEG', 'image/jpeg')).toBe('photo.JPEG');
  });

  it('adds the real extension when the name claims another type', () => {
    expect(evidenceFileName('scan.pdf', 'image/png')).toBe('scan.pdf.png');
  });

  it('adds the extension to a name without one', () => {
    expect(evidenceFileName('规划', 'application/pdf')).toBe('规划.pdf');
  });
});
