import { standardStakeholderGroups, type AssessmentDocument } from '@citymaturity/core';
import type { ModelIndex } from '@citymaturity/model';
import type { Lang } from '../i18n.js';

/** The name of a stakeholder group: a standard group, or one the assessment declares. */
export function groupName(id: string, assessment: AssessmentDocument, lang: Lang): string {
  const standard = standardStakeholderGroups[id as keyof typeof standardStakeholderGroups] as
    (typeof standardStakeholderGroups)[keyof typeof standardStakeholderGroups] | undefined;
  if (standard) return standard[lang];
  const declared = assessment.groups?.find((g) => g.id === id);
  if (!declared) return id;
  return lang === 'en' ? (declared.name_en ?? declared.name) : declared.name;
}

/** The name of a characteristic, sub-dimension or dimension of the model. */
export function structureName(model: ModelIndex, id: string, lang: Lang): string {
  const characteristic = model.characteristicById.get(id);
  if (characteristic) return characteristic.characteristic.name[lang];
  const sub = model.subdimensionById.get(id);
  if (sub) return sub.name[lang];
  return model.dimensionById.get(id)?.name[lang] ?? id;
}

/** The city's name in the chosen language, with the other language's name when both exist. */
export function cityName(assessment: AssessmentDocument, lang: Lang): string {
  const { name, name_en: nameEn } = assessment.city;
  if (!nameEn || nameEn === name) return name;
  return lang === 'en' ? `${nameEn} (${name})` : `${name}（${nameEn}）`;
}

/** A number with at most the given decimals, "–" when absent. */
export function num(value: number | null | undefined, decimals = 1): string {
  if (value === null || value === undefined) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(decimals);
}

/** A signed gap: +1.5, −0.5, 0. */
export function signed(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '−'}${num(Math.abs(value))}`;
}
