import { describe, expect, it } from 'vitest';
import {
  csvCell,
  decodeListFile,
  detectDelimiter,
  expiryAfter,
  linksCsv,
  linksText,
  parseList,
  templateCsv,
  toCsv,
} from './invitation-lists.js';

describe('detectDelimiter', () => {
  it('takes the separator the header line has most of', () => {
    expect(detectDelimiter('name;email;group\na,b,c')).toBe(';');
    expect(detectDelimiter('name\temail\tgroup')).toBe('\t');
    expect(detectDelimiter('\uFEFFname,email,group')).toBe(',');
  });

  it('falls back to a comma for a one-column line', () => {
    expect(detectDelimiter('name')).toBe(',');
  });
});

describe('parseList', () => {
  it('reads rows with the line each starts on, skipping blank lines', () => {
    expect(parseList('name,group\r\nLi Wei,residents\r\n\r\nAnna,academia\r\n')).toEqual([
      { line: 1, cells: ['name', 'group'] },
      { line: 2, cells: ['Li Wei', 'residents'] },
      { line: 4, cells: ['Anna', 'academia'] },
    ]);
  });

  it('reads quoted cells with separators, doubled quotes and line breaks', () => {
    const rows = parseList('name,group\n"Wang, Fang","say ""hi"""\n"two\nlines",x\nlast,y');
    expect(rows).toEqual([
      { line: 1, cells: ['name', 'group'] },
      { line: 2, cells: ['Wang, Fang', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'x'] },
      { line: 5, cells: ['last', 'y'] },
    ]);
  });

  it('trims cells, strips a byte-order mark and reads semicolons', () => {
    expect(parseList('\uFEFF姓名; 群体\n 张三 ; 居民 ')).toEqual([
      { line: 1, cells: ['姓名', '群体'] },
      { line: 2, cells: ['张三', '居民'] },
    ]);
  });

  it('keeps a row whose quote is never closed, to the end of the text', () => {
    expect(parseList('name\n"open')).toEqual([
      { line: 1, cells: ['name'] },
      { line: 2, cells: ['open'] },
    ]);
  });

  it('reads nothing from empty text', () => {
    expect(parseList('')).toEqual([]);
    expect(parseList('\n \n')).toEqual([]);
  });
});

describe('decodeListFile', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode('姓名,群体\n张三,居民');
    expect(decodeListFile(bytes)).toBe('姓名,群体\n张三,居民');
    expect(decodeListFile(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(
      '姓名,群体\n张三,居民',
    );
  });

  it('reads GB 18030, as Excel saves a CSV on a Chinese Windows', () => {
    // 张三 in GB 18030 / GBK.
    const bytes = new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd]);
    expect(decodeListFile(bytes)).toBe('张三');
  });

  it('reads UTF-16 with its byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x09, 0x00, 0x42, 0x00]);
    expect(decodeListFile(bytes)).toBe('A\tB');
  });
});

describe('csvCell and toCsv', () => {
  it('quotes cells with separators, quotes or line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Wang, Fang')).toBe('"Wang, Fang"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@me')).toBe("'@me");
  });

  it('writes a byte-order mark and CRLF line ends', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,d\r\n');
  });

  it('writes a template that reads back as its rows', () => {
    const csv = templateCsv({
      header: ['name', 'email', 'group'],
      examples: [['Li Wei', 'li@example.org', 'Residents']],
    });
    expect(parseList(csv).map((r) => r.cells)).toEqual([
      ['name', 'email', 'group'],
      ['Li Wei', 'li@example.org', 'Residents'],
    ]);
  });
});

describe('links', () => {
  const links = [
    { name: 'Li Wei', email: 'li@example.org', group: 'Residents', url: 'https://x/respond/a' },
    { name: 'Wang, Fang', email: null, group: 'Academia', url: 'https://x/respond/b' },
  ];

  it('lists every link as a line name⇥group⇥link', () => {
    expect(linksText(links)).toBe(
      'Li Wei\tResidents\thttps://x/respond/a\nWang, Fang\tAcademia\thttps://x/respond/b',
    );
  });

  it('writes the links as a CSV for a mail merge', () => {
    const csv = linksCsv(links, ['name', 'email', 'group', 'link']);
    expect(parseList(csv).map((r) => r.cells)).toEqual([
      ['name', 'email', 'group', 'link'],
      ['Li Wei', 'li@example.org', 'Residents', 'https://x/respond/a'],
      ['Wang, Fang', '', 'Academia', 'https://x/respond/b'],
    ]);
  });
});

describe('expiryAfter', () => {
  it('adds whole days', () => {
    expect(expiryAfter(30, new Date('2026-11-01T10:00:00Z')).toISOString()).toBe(
      '2026-12-01T10:00:00.000Z',
    );
  });
});
