import { EditOutlined } from '@ant-design/icons';
import type { ModelIndex, OperatingModelPack } from '@citymaturity/model';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImprovementStage } from '../../../api/cycles.js';
import { formatDateTime } from '../../../components/format.js';
import type { Lang } from '../../../components/lang.js';
import { ResultSection } from '../../results/sections/ResultSection.js';
import { featureLink, stageAnchor } from '../stage-links.js';
import { FeatureSummary } from './FeatureSummary.js';
import { StageEditor } from './StageEditor.js';
import { StageStatusTag } from './StageBits.js';

/**
 * One stage of the improvement cycle: its status, how the model helps at it (the pack's words and
 * source), what the platform offers for it (each feature with its summary for this assessment and
 * a link to its page), the notes recorded and who changed them last; an editor for those who may.
 */
export function StageSection({
  stage,
  organisationId,
  assessmentId,
  model,
  scom,
  canEdit,
  lang,
}: {
  stage: ImprovementStage;
  organisationId: string;
  assessmentId: string;
  model: ModelIndex;
  scom: OperatingModelPack | undefined;
  canEdit: boolean;
  lang: Lang;
}) {
  const { t } = useTranslation('cycles');
  const [editing, setEditing] = useState(false);
  const name = stage.name[lang];
  const ids = { organisationId, assessmentId };
  const document = model.pack.meta.documents.find((d) => d.id === stage.source.doc);
  return (
    <ResultSection
      id={stageAnchor(stage.id)}
      title={t('stages.heading', { number: stage.number, name })}
      className="cm-cy-stage"
    >
      <div className="cm-cy-stage-status">
        <StageStatusTag status={stage.status} />
        <span className="cm-r-note">
          {stage.updatedAt
            ? stage.updatedBy
              ? t('stages.changedBy', {
                  name: stage.updatedBy.displayName,
                  at: formatDateTime(stage.updatedAt, lang),
                })
              : t('stages.changedAt', { at: formatDateTime(stage.updatedAt, lang) })
            : t('stages.neverRecorded')}
        </span>
      </div>
      <figure className="cm-cy-quote cm-cy-stage-help">
        <blockquote>{stage.description[lang]}</blockquote>
        <figcaption>
          {t('stages.source', {
            source: `${document?.designation ?? stage.source.doc}, ${stage.source.ref}`,
          })}
        </figcaption>
      </figure>

      <h3>{t('stages.offers')}</h3>
      <ul className="cm-cy-features">
        {stage.features.map((feature) => {
          const link = featureLink(feature.id, ids);
          return (
            <li key={feature.id} className="cm-cy-feature">
              <div className="cm-cy-feature-name">
                {feature.available ? (
                  <Link to={link.to}>{feature.name[lang]}</Link>
                ) : (
                  <span>{feature.name[lang]}</span>
                )}
                {link.section === 'priorities' && feature.available && (
                  <span className="cm-r-note"> {t('features.onResults')}</span>
                )}
              </div>
              <p className="cm-cy-feature-description">{feature.description[lang]}</p>
              {feature.available ? (
                <FeatureSummary feature={feature} model={model} scom={scom} lang={lang} />
              ) : (
                <p className="cm-r-note">
                  {t(
                    `features.unavailable.${feature.id === 'workshop' ? 'workshop' : feature.id === 'plan-realisation' ? 'planRealisation' : 'other'}`,
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ul>

      <h3>{t('stages.notes')}</h3>
      {stage.notes ? (
        <p className="cm-pre-line cm-cy-notes">{stage.notes}</p>
      ) : (
        <p className="cm-r-muted">{t('stages.noNotes')}</p>
      )}
      {canEdit &&
        (editing ? (
          <StageEditor
            stage={stage}
            organisationId={organisationId}
            assessmentId={assessmentId}
            lang={lang}
            onClose={() => {
              setEditing(false);
            }}
          />
        ) : (
          <Button
            icon={<EditOutlined aria-hidden />}
            aria-label={t('stages.editLabel', { name })}
            onClick={() => {
              setEditing(true);
            }}
          >
            {t('stages.edit')}
          </Button>
        ))}
    </ResultSection>
  );
}
