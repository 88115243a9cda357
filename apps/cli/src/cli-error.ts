/** A failure the command reports to the user as a message (never a stack trace) with an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Exit codes: 0 success, 1 bad input (file, data), 2 wrong usage. */
export const exitCodes = { ok: 0, badInput: 1, usage: 2 } as const;
