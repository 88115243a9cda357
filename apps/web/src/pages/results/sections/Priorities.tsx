import type { AssessmentScore } from '@citymaturity/core';
import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import { Button } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstCitations } from '../rows.js';
import { PriorityItem, type PriorityMode } from './PriorityItem.js';

/** How many priorities the results page shows before "show all". */
export const prioritiesShownFirst = 5;

/** The priorities in the core's order (largest planned gap, then lowest current level). */
export function Priorities({
  score,
  model,
  lang,
  mode,
}: {
  score: AssessmentScore;
  model: ModelIndex;
  lang: TextLanguage;
  mode: PriorityMode;
}) {
  const { t } = useTranslation('results');
  const [showAll, setShowAll] = useState(false);
  const listId = useId();
  const firstCitedBy = useMemo(() => firstCitations(score.priorities), [score.priorities]);
  const all = score.priorities;
  if (all.length === 0) return <p>{t('priorities.none')}</p>;
  const shown = mode === 'print' || showAll ? all : all.slice(0, prioritiesShownFirst);
  return (
    <>
      <ol className="cm-r-priorities" id={listId}>
        {shown.map((p) => (
          <PriorityItem
            key={p.characteristic}
            priority={p}
            model={model}
            lang={lang}
            mode={mode}
            plan={score.characteristics[p.characteristic]?.plan ?? null}
            {...(mode === 'print' ? { firstCitedBy } : {})}
          />
        ))}
      </ol>
      {mode === 'screen' && all.length > prioritiesShownFirst && (
        <Button
          aria-expanded={showAll}
          aria-controls={listId}
          onClick={() => {
            setShowAll((v) => !v);
          }}
        >
          {showAll
            ? t('priorities.showFirst', { count: prioritiesShownFirst })
            : t('priorities.showAll', { count: all.length })}
        </Button>
      )}
    </>
  );
}
