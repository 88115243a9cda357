import { checkPlan } from '@citymaturity/core';
import type { IndexedCharacteristic, ModelIndex } from '@citymaturity/model';
import { Alert, Typography } from 'antd';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Rating } from '../../api/types.js';
import type { Lang } from '../../components/lang.js';
import { EvidenceEditor } from './EvidenceEditor.js';
import { LevelChoice } from './LevelChoice.js';
import { levelOf } from './questionnaire-logic.js';
import { TypeDescriptions } from './TypeDescriptions.js';

/** The two questions and the evidence of one characteristic. */
export function CharacteristicForm({
  index,
  entry,
  lang,
  rating,
  readOnly,
  headingRef,
  onAnswer,
  onText,
  onLinks,
  files,
}: {
  index: ModelIndex;
  entry: IndexedCharacteristic;
  lang: Lang;
  rating: Rating;
  readOnly: boolean;
  headingRef: Ref<HTMLElement>;
  onAnswer: (question: 'current' | 'target', value: Answer) => void;
  onText: (text: string) => void;
  onLinks: (links: string[]) => void;
  /** The files of the rating (their list and upload), below the notes and links. */
  files?: ReactNode;
}) {
  const { t } = useTranslation('questionnaire');
  const { characteristic } = entry;
  const dimension = index.dimensionById.get(entry.dimensionId);
  const subdimension = index.subdimensionById.get(entry.subdimensionId);
  const type = index.pack.characteristic_types.find((ty) => ty.id === characteristic.type);
  const plan = checkPlan(levelOf(rating.current), levelOf(rating.target));
  const idBase = `q-${characteristic.id.replaceAll('.', '-')}`;

  return (
    <article className="cm-q-form" aria-labelledby={`${idBase}-title`}>
      <nav aria-label={t('breadcrumb')} className="cm-q-breadcrumb">
        <ol>
          {dimension && (
            <li>
              {dimension.id} {dimension.name[lang]}
            </li>
          )}
          {subdimension && subdimension.id !== characteristic.id && (
            <li>
              {subdimension.id} {subdimension.name[lang]}
            </li>
          )}
        </ol>
      </nav>
      <Typography.Title
        level={1}
        id={`${idBase}-title`}
        ref={headingRef}
        tabIndex={-1}
        className="cm-q-title"
      >
        <span className="cm-q-id">{characteristic.id}</span> {characteristic.name[lang]}
      </Typography.Title>
      {type && <TypeDescriptions type={type} levels={index.pack.levels} lang={lang} />}

      <section className="cm-q-question" aria-labelledby={`${idBase}-current`}>
        <Typography.Title level={2} id={`${idBase}-current`} className="cm-q-question-title">
          {t('current.title')}
        </Typography.Title>
        <p className="cm-field-hint">{t('current.hint')}</p>
        <LevelChoice
          name={`${idBase}-current`}
          labelId={`${idBase}-current`}
          characteristic={characteristic}
          levels={index.pack.levels}
          lang={lang}
          value={rating.current}
          disabled={readOnly}
          onChange={(value) => {
            onAnswer('current', value);
          }}
        />
      </section>

      <section className="cm-q-question" aria-labelledby={`${idBase}-target`}>
        <Typography.Title level={2} id={`${idBase}-target`} className="cm-q-question-title">
          {t('target.title')}
        </Typography.Title>
        <p className="cm-field-hint">{t('target.hint')}</p>
        <LevelChoice
          name={`${idBase}-target`}
          labelId={`${idBase}-target`}
          characteristic={characteristic}
          levels={index.pack.levels}
          lang={lang}
          value={rating.target}
          disabled={readOnly}
          onChange={(value) => {
            onAnswer('target', value);
          }}
        />
      </section>

      {plan === 'target-below-current' && (
        <Alert
          type="warning"
          showIcon
          role="status"
          title={t('plan.belowTitle')}
          description={t('plan.below')}
        />
      )}
      {plan === 'ambitious-target' && (
        <Alert
          type="info"
          showIcon
          role="status"
          title={t('plan.ambitiousTitle')}
          description={t('plan.ambitious')}
        />
      )}

      <section className="cm-q-question" aria-labelledby={`${idBase}-evidence`}>
        <Typography.Title level={2} id={`${idBase}-evidence`} className="cm-q-question-title">
          {t('evidence.title')}
        </Typography.Title>
        <EvidenceEditor
          text={rating.evidence.text}
          links={rating.evidence.links}
          readOnly={readOnly}
          onTextChange={onText}
          onLinksChange={onLinks}
        />
        {files}
      </section>
    </article>
  );
}
