import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id recommendation (19 MiB, 2 iterations, 1 lane): ~75 ms per hash on this class of machine.
// `Algorithm` is an ambient const enum (not importable with verbatimModuleSyntax): Argon2id is 2.
const argon2id = 2;
const options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** An argon2id hash (PHC string) of the password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** True when the password matches the hash; false for a malformed hash too. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the email is unknown keeps sign-in time the same whether or not an account exists.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('citymaturity-dummy-password');
  await verifyPassword(await dummyHash, password);
}
