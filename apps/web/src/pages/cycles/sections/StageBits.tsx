import { CheckCircleOutlined, MinusCircleOutlined, SyncOutlined } from '@ant-design/icons';
import type { ImprovementStageStatus } from '@citymaturity/core';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImprovementStage } from '../../../api/cycles.js';
import { stageAnchor } from '../stage-links.js';

const icons: Record<ImprovementStageStatus, ReactNode> = {
  'not-started': <MinusCircleOutlined aria-hidden />,
  'in-progress': <SyncOutlined aria-hidden />,
  done: <CheckCircleOutlined aria-hidden />,
};
const colours: Record<ImprovementStageStatus, string | undefined> = {
  'not-started': undefined,
  'in-progress': 'blue',
  done: 'green',
};

/** The status of a stage: an icon and the word (never the colour alone). */
export function StageStatusTag({ status }: { status: ImprovementStageStatus }) {
  const { t } = useTranslation('cycles');
  return (
    <Tag color={colours[status]} icon={icons[status]} className="cm-tag-strong">
      {t(`stages.status.${status}`)}
    </Tag>
  );
}

/**
 * The five stages as a tracker: each stage's number, name and status, linking to its part of the
 * page; the line between the steps is drawn, the status is written.
 */
export function StageTracker({
  stages,
  lang,
}: {
  stages: readonly ImprovementStage[];
  lang: 'zh' | 'en';
}) {
  const { t } = useTranslation('cycles');
  const done = stages.filter((s) => s.status === 'done').length;
  return (
    <nav aria-labelledby="cm-cy-tracker-title" className="cm-cy-tracker">
      <h2 id="cm-cy-tracker-title" className="cm-cy-tracker-title">
        {t('stages.tracker', { done, total: stages.length })}
      </h2>
      <ol className="cm-cy-steps">
        {stages.map((stage) => (
          <li key={stage.id} className={`cm-cy-step cm-cy-step-${stage.status}`}>
            <a href={`#${stageAnchor(stage.id)}-heading`} className="cm-cy-step-link">
              <span className="cm-cy-step-number" aria-hidden="true">
                {stage.status === 'done' ? '✓' : stage.number}
              </span>
              <span className="cm-cy-step-text">
                <span className="cm-cy-step-name">
                  <span className="cm-r-sr-only">
                    {t('stages.number', { number: stage.number })}{' '}
                  </span>
                  {stage.name[lang]}
                </span>
                <span className="cm-cy-step-status">{t(`stages.status.${stage.status}`)}</span>
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
