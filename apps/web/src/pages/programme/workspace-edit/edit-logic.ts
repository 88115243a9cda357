import type { ConflictRow } from '../../../components/ConflictAlert.js';

/** Whether a text is an http(s) address (what the API accepts as a document or evidence link). */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A form rule that accepts an empty field or an http(s) address, else says what is wrong. */
export function httpUrlRule(message: string) {
  return {
    validator: (_: unknown, value: string | undefined) =>
      !value?.trim() || isHttpUrl(value) ? Promise.resolve() : Promise.reject(new Error(message)),
  };
}

/**
 * The rows of a conflict: each field with its label, theirs (empty when it was deleted meanwhile)
 * and yours, both as text.
 */
export function conflictRows<Field extends string>(
  fields: readonly Field[],
  label: (field: Field) => string,
  yours: Record<Field, string>,
  theirs: Record<Field, string> | undefined,
): ConflictRow[] {
  return fields.map((key) => ({
    key,
    label: label(key),
    theirs: theirs?.[key] ?? '',
    yours: yours[key],
  }));
}
