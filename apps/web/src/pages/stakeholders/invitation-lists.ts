// Invitation lists as files: reading a CSV list for its preview (the server reads it again and is
// the judge), the template to fill in, and the new links as text and as a CSV for a mail merge.

/** The most stakeholders one list invites, and the most characters it may have (the server's limits). */
export const invitationListLimits = { rows: 500, characters: 200_000 } as const;

/** A row of a list as read for the preview: its 1-based line in the file and its cells. */
export interface ListRow {
  line: number;
  cells: string[];
}

/** The separator of a list: whichever of comma, semicolon and tab its first line has most of. */
export function detectDelimiter(text: string): string {
  const header = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
  let best = ',';
  let most = 0;
  for (const delimiter of [',', ';', '\t']) {
    const count = header.split(delimiter).length - 1;
    if (count > most) {
      best = delimiter;
      most = count;
    }
  }
  return best;
}

/**
 * Reads CSV text into rows (RFC 4180 quoting, doubled quotes, line breaks inside quotes; commas,
 * semicolons or tabs), each with the line it starts on; cells are trimmed and blank lines skipped,
 * as the server does. Never throws: an unclosed quote runs to the end of the text.
 */
export function parseList(input: string): ListRow[] {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(text);
  const rows: ListRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell.trim());
    if (cells.some((c) => c !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else if (char === '\n') {
      endRow();
      line++;
      rowLine = line;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

/**
 * The text of a list file: UTF-8 (with or without a byte-order mark), UTF-16 with its mark (Excel's
 * "Unicode text"), else GB 18030 (what Excel saves a CSV as on a Chinese Windows).
 */
export function decodeListFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * A CSV cell: quoted when it holds a separator, a quote or a line break; a cell that a spreadsheet
 * would run as a formula (= + - @ at the start) is prefixed with an apostrophe.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV text of rows (CRLF line ends, a byte-order mark so that spreadsheets read it as UTF-8). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** What the template of a list says, in the interface language. */
export interface TemplateText {
  header: readonly [name: string, email: string, group: string];
  examples: readonly (readonly [name: string, email: string, group: string])[];
}

/** The template of an invitation list: its header and example rows. */
export function templateCsv(template: TemplateText): string {
  return toCsv([template.header, ...template.examples]);
}

/** A link just issued, with what the organiser needs to send it. */
export interface IssuedLink {
  name: string;
  email: string | null;
  /** The group's name in the interface language. */
  group: string;
  /** The whole address, e.g. https://city.example/respond/<token>. */
  url: string;
}

/** Every link as a line "name⇥group⇥link", to paste into a message or a spreadsheet. */
export function linksText(links: readonly IssuedLink[]): string {
  return links.map((l) => [l.name, l.group, l.url].join('\t')).join('\n');
}

/** Every link as a CSV file for a mail merge: name, email, group, link. */
export function linksCsv(
  links: readonly IssuedLink[],
  header: readonly [name: string, email: string, group: string, link: string],
): string {
  return toCsv([header, ...links.map((l) => [l.name, l.email ?? '', l.group, l.url])]);
}

/** When a link given `days` of validity now expires. */
export function expiryAfter(days: number, now: Date = new Date()): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}

/** Offers text as a file to download (a CSV list, the links). */
export function downloadText(fileName: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/**
 * Copies text to the clipboard: the Clipboard API where the page may use it (HTTPS or localhost),
 * else the older way through a hidden text area. Resolves to whether it worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    // Undefined outside a secure context (plain HTTP to a server's address): then it throws.
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Not allowed here: try the older way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let copied: boolean;
  try {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only way without the Clipboard API
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}
