import type { ModelIndex, OperatingModelPack, TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FeatureSummaries, StageFeature } from '../../../api/cycles.js';
import { formatDate, formatMedian, formatRollup, joinList } from '../../results/format.js';
import { componentHref } from '../../other-models/links.js';
import { statusOrder } from '../realisation-logic.js';
import { StatusLabel } from './CycleBits.js';

/** How many characteristics a summary names before "and N more". */
const shownAtMost = 5;

function Characteristics({
  ids,
  model,
  lang,
}: {
  ids: readonly string[];
  model: ModelIndex;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('cycles');
  if (ids.length === 0) return <>{t('features.none')}</>;
  const named = ids
    .slice(0, shownAtMost)
    .map((id) => `${id} ${model.characteristicById.get(id)?.characteristic.name[lang] ?? ''}`);
  const rest = ids.length - shownAtMost;
  return (
    <>
      {joinList(named, lang)}
      {rest > 0 && ` ${t('features.more', { count: rest })}`}
    </>
  );
}

/**
 * What a feature shows for this assessment at a glance (the API's summary), in words: the overall
 * levels and the strengths and weaknesses, the first priorities, the ISO 37106 components that
 * serve them, their next levels, the supporting standards, the plan realisation's counts, the
 * number of cycles.
 */
export function FeatureSummary({
  feature,
  model,
  scom,
  lang,
}: {
  feature: StageFeature;
  model: ModelIndex;
  scom: OperatingModelPack | undefined;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('cycles');
  if (feature.summary === undefined) return null;
  const name = (id: string) =>
    `${id} ${model.characteristicById.get(id)?.characteristic.name[lang] ?? ''}`;
  switch (feature.id) {
    case 'results': {
      const s = feature.summary as NonNullable<FeatureSummaries['results']>;
      return (
        <ul className="cm-cy-summary">
          <li>
            {t('features.results.overall', {
              current: formatRollup(s.overall.current, lang),
              target: formatRollup(s.overall.target, lang),
            })}
          </li>
          <li>
            {t('features.results.strengths')}{' '}
            <Characteristics ids={s.strengths} model={model} lang={lang} />
          </li>
          <li>
            {t('features.results.weaknesses')}{' '}
            <Characteristics ids={s.weaknesses} model={model} lang={lang} />
          </li>
        </ul>
      );
    }
    case 'priorities': {
      const s = feature.summary as NonNullable<FeatureSummaries['priorities']>;
      if (s.length === 0) return <p className="cm-cy-summary">{t('features.priorities.none')}</p>;
      return (
        <ol className="cm-cy-summary">
          {s.map((p) => (
            <li key={p.characteristicId}>
              {t('features.priorities.item', {
                name: name(p.characteristicId),
                current: formatMedian(p.current, lang),
                target: formatMedian(p.target, lang),
              })}
            </li>
          ))}
        </ol>
      );
    }
    case 'operating-model-guidance': {
      const s = feature.summary as NonNullable<FeatureSummaries['operating-model-guidance']>;
      if (s.components.length === 0) return null;
      return (
        <p className="cm-cy-summary">
          {t('features.guidance')}{' '}
          {s.components.map((code, i) => {
            const component = scom?.components.find((c) => c.code === code);
            return (
              <span key={code}>
                {i > 0 && (lang === 'zh' ? '、' : ', ')}
                <Link to={componentHref(code)}>
                  {code}
                  {component ? ` ${component.name[lang]}` : ''}
                </Link>
              </span>
            );
          })}
        </p>
      );
    }
    case 'next-level-criteria': {
      const s = feature.summary as NonNullable<FeatureSummaries['next-level-criteria']>;
      if (s.length === 0) return null;
      return (
        <ul className="cm-cy-summary">
          {s.map((n) => (
            <li key={n.characteristicId}>
              {t('features.nextLevel', {
                name: name(n.characteristicId),
                level: n.nextLevel,
                levelName: model.pack.levels.find((l) => l.level === n.nextLevel)?.name[lang] ?? '',
              })}
            </li>
          ))}
        </ul>
      );
    }
    case 'supporting-standards': {
      const s = feature.summary as NonNullable<FeatureSummaries['supporting-standards']>;
      if (s.documents.length === 0) return null;
      return (
        <p className="cm-cy-summary">
          {t('features.standards')}{' '}
          {joinList(
            s.documents.map((d) => d.designation),
            lang,
          )}
        </p>
      );
    }
    case 'plan-realisation': {
      const s = feature.summary as NonNullable<FeatureSummaries['plan-realisation']>;
      if (!s.previous || !s.counts) return null;
      const counts = s.counts;
      return (
        <div className="cm-cy-summary">
          <p>{t('features.realisation', { date: formatDate(s.previous.date, lang) })}</p>
          <ul className="cm-cy-inline-list">
            {statusOrder
              .filter((status) => counts[status] > 0)
              .map((status) => (
                <li key={status}>
                  <StatusLabel status={status} />: {counts[status]}
                </li>
              ))}
          </ul>
          {s.elapsedFlag && s.elapsedFlag !== 'as-planned' && (
            <p>{t(`features.elapsed.${s.elapsedFlag}`)}</p>
          )}
        </div>
      );
    }
    case 'trend': {
      const s = feature.summary as NonNullable<FeatureSummaries['trend']>;
      return <p className="cm-cy-summary">{t('features.trend', { count: s.cycles })}</p>;
    }
    default:
      return null;
  }
}
