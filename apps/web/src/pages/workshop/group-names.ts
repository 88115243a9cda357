import { standardStakeholderGroups } from '@citymaturity/core';
import type { LocalizedText } from '@citymaturity/model';
import type { Lang } from '../../components/lang.js';

/** A stakeholder group's key and its name in both languages (the organisation's list). */
export interface NamedGroup {
  key: string;
  name: LocalizedText;
}

/**
 * Names stakeholder groups in the language: from the organisation's list when known, else the
 * standard groups' names, else the key itself.
 */
export function groupNamer(
  groups: readonly NamedGroup[] | undefined,
  lang: Lang,
): (key: string) => string {
  const standard = standardStakeholderGroups as Readonly<Record<string, LocalizedText | undefined>>;
  const own = new Map((groups ?? []).map((g) => [g.key, g.name]));
  return (key) => own.get(key)?.[lang] ?? standard[key]?.[lang] ?? key;
}
