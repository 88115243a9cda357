/** One thing wrong with a model pack: where (a path in the merged pack) and what. */
export interface PackProblem {
  /** Path in the merged pack, e.g. `dimensions[0].subdimensions[1].characteristics[0].levels.3.en`. */
  path: string;
  message: string;
  /** The pack file the problem is in, when known. */
  file?: string;
}

/** Thrown when a pack fails to parse, fails its schema or has broken references. */
export class PackValidationError extends Error {
  readonly problems: readonly PackProblem[];

  constructor(packLabel: string, problems: readonly PackProblem[]) {
    const lines = problems.map((p) => `  - ${p.file ? `${p.file}: ` : ''}${p.path}: ${p.message}`);
    super(
      `Model pack ${packLabel} is invalid (${problems.length} problem(s)):\n${lines.join('\n')}`,
    );
    this.name = 'PackValidationError';
    this.problems = problems;
  }
}

/** Formats a zod-style path (array of keys) as `a.b[0].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}
