import { repositories, type Executor } from '@citymaturity/db';
import { HttpError } from '../http/http-error.js';

/** A person named by email: their existing account, or a new one with an initial password. */
export interface PersonInput {
  email: string;
  displayName: string;
  /** Initial password, required when the person has no account yet. */
  password?: string | undefined;
}

/**
 * The account of the person with this email, created with the given (already hashed) password
 * when there is none. A new account without a password is a 400 naming `body.password`.
 */
export async function findOrCreateUser(
  tx: Executor,
  input: PersonInput,
  passwordHash: string | undefined,
  passwordField = 'body.password',
) {
  const existing = await repositories.findUserByEmail(tx, input.email);
  if (existing) return existing;
  if (!passwordHash)
    throw new HttpError(400, 'validation', {
      issues: [{ path: passwordField, message: 'required for a new account' }],
    });
  return repositories.createUser(tx, {
    email: input.email,
    displayName: input.displayName,
    passwordHash,
  });
}
