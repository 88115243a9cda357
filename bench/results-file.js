// Each benchmark owns a section of bench/RESULTS.md, between <!-- name --> and <!-- /name -->.
import { readFile, writeFile } from 'node:fs/promises';

const file = new URL('./RESULTS.md', import.meta.url);
const header = `# Benchmark results

\`npm run bench\` runs every benchmark below and rewrites its section; the issue notes keep the history.
`;

/** Replaces (or appends) the section of one benchmark. */
export async function writeSection(name, markdown) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    text = header;
  }
  if (!text.startsWith('# Benchmark results')) text = header;
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  text =
    i >= 0 && j > i
      ? text.slice(0, i) + block + text.slice(j + end.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  await writeFile(file, text);
}
