import type { PackProblem } from '../problems.js';

/** Reports every id that occurs more than once. */
export function checkUnique(
  problems: PackProblem[],
  what: string,
  entries: readonly { id: string; path: string }[],
): void {
  const seen = new Map<string, string>();
  for (const { id, path } of entries) {
    const first = seen.get(id);
    if (first !== undefined)
      problems.push({ path, message: `duplicate ${what} id "${id}" (first at ${first})` });
    else seen.set(id, path);
  }
}

/**
 * Walks any value and reports every `source.doc` that is not one of the declared document ids,
 * so that provenance always resolves.
 */
export function checkSourceDocuments(
  problems: PackProblem[],
  root: unknown,
  documentIds: ReadonlySet<string>,
): void {
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, `${path}[${i}]`);
      });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (key === 'source' && child !== null && typeof child === 'object' && 'doc' in child) {
        const doc = (child as { doc: unknown }).doc;
        if (typeof doc === 'string' && !documentIds.has(doc)) {
          problems.push({
            path: `${childPath}.doc`,
            message: `unknown source document "${doc}" (declare it in meta.documents)`,
          });
        }
      }
      walk(child, childPath);
    }
  };
  walk(root, '');
}
