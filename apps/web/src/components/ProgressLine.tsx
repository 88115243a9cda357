import { Progress } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Progress as ProgressData } from '../api/types.js';

/**
 * A progress bar with its meaning in words ("12 of 32 characteristics answered"); a characteristic
 * counts as answered when both the current and the two-year level have an answer (or "don't know").
 */
export function ProgressLine({ progress, label }: { progress: ProgressData; label?: string }) {
  const { t } = useTranslation('assessment');
  const id = useId();
  const percent = progress.total === 0 ? 0 : Math.round((progress.answered / progress.total) * 100);
  const text =
    label ?? t('shared.progress', { answered: progress.answered, total: progress.total });
  return (
    <div className="cm-progress-line">
      <span id={id} className="cm-progress-text">
        {text}
      </span>
      <Progress
        percent={percent}
        size="small"
        showInfo={false}
        aria-labelledby={id}
        status={percent === 100 ? 'success' : 'normal'}
      />
    </div>
  );
}
