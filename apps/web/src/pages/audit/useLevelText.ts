import type { ModelIndex } from '@citymaturity/model';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../components/lang.js';
import { formatMedian } from '../results/format.js';

/**
 * A level in words: "Level 2 · Managed"; a median between two levels "2.5 (between levels 2 and
 * 3)"; no level "No level (nobody gave one)".
 */
export function useLevelText(model: ModelIndex, lang: Lang): (value: number | null) => string {
  const { t } = useTranslation('audit');
  return useCallback(
    (value: number | null) => {
      if (value === null) return t('level.none');
      if (Number.isInteger(value)) {
        const level = model.pack.levels.find((l) => l.level === value);
        return level
          ? t('level.named', { level: value, name: level.name[lang] })
          : t('level.number', { level: value });
      }
      return t('level.between', {
        value: formatMedian(value, lang),
        low: Math.floor(value),
        high: Math.ceil(value),
      });
    },
    [model, lang, t],
  );
}
