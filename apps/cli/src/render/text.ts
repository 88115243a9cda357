import stringWidth from 'string-width';

/** Display width of text in a terminal (Chinese characters count two columns). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Cuts text to at most `width` display columns, ending with "…" when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * Wraps text to `width` display columns, indenting continuation lines. Breaks at spaces in
 * Latin text and between any two characters in Chinese text; keeps existing line breaks.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    const tokens =
      paragraph.match(/[\u2E80-\u9FFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uFF00-\uFFEF]+|\s+/g) ?? [];
    for (const token of tokens) {
      const candidate = line + token;
      if (displayWidth(indent + candidate) > width && line.trim() !== '') {
        lines.push(line.trimEnd());
        line = token.trim() === '' ? '' : token;
      } else line = candidate;
    }
    lines.push(line.trimEnd());
  }
  return lines.map((l) => indent + l).join('\n');
}
