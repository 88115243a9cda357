import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import type { ModelIndex } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Rating } from '../../api/types.js';
import type { Lang } from '../../components/lang.js';
import { answerState, type AnswerState } from './questionnaire-logic.js';

function StateIcon({ state }: { state: AnswerState }) {
  if (state === 'answered') return <CheckCircleFilled aria-hidden className="cm-nav-icon-done" />;
  if (state === 'partial')
    return <MinusCircleOutlined aria-hidden className="cm-nav-icon-partial" />;
  return <span aria-hidden className="cm-nav-icon-empty" />;
}

/** Every characteristic by dimension, marked answered / partly answered / not answered, to jump to any of them. */
export function Navigator({
  index,
  lang,
  ratings,
  currentId,
  linkTo,
  onNavigate,
}: {
  index: ModelIndex;
  lang: Lang;
  ratings: Readonly<Record<string, Rating>>;
  currentId: string | undefined;
  linkTo: (characteristicId: string) => string;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation('questionnaire');
  return (
    <nav aria-label={t('navigator.label')} className="cm-q-navigator">
      {index.pack.dimensions.map((dimension) => (
        <div key={dimension.id} className="cm-q-nav-group">
          <p className="cm-q-nav-dimension" id={`nav-dimension-${dimension.id}`}>
            {dimension.id} {dimension.name[lang]}
          </p>
          <ul className="cm-plain-list" aria-labelledby={`nav-dimension-${dimension.id}`}>
            {dimension.subdimensions.flatMap((sub) =>
              sub.characteristics.map((c) => {
                const state = answerState(ratings[c.id]);
                const current = c.id === currentId;
                return (
                  <li key={c.id}>
                    <Link
                      to={linkTo(c.id)}
                      className={`cm-q-nav-item${current ? ' cm-q-nav-current' : ''}`}
                      aria-current={current ? 'step' : undefined}
                      onClick={onNavigate}
                    >
                      <StateIcon state={state} />
                      <span className="cm-q-nav-id">{c.id}</span>
                      <span className="cm-q-nav-name">{c.name[lang]}</span>
                      <span className="cm-visually-hidden">({t(`navigator.states.${state}`)})</span>
                    </Link>
                  </li>
                );
              }),
            )}
          </ul>
        </div>
      ))}
    </nav>
  );
}
