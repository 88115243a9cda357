import type { MaturityModelPack, TextLanguage } from '@citymaturity/model';
import { Alert } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { useCycles, usePlanRealisation, type PlanRealisation } from '../../api/cycles.js';
import { useMaturityModelQuery, type MaturityModel } from '../../api/model.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useAssessment } from '../../components/queries.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { formatDate, textLanguage } from '../results/format.js';
import '../../components/components.css';
import '../results/results.css';
import { ResultSection } from '../results/sections/ResultSection.js';
import './cycles.css';
import { planRealisationQuotes, previousChoices, realisationBars } from './realisation-logic.js';
import { ElapsedNote, ProvisionalTag } from './sections/CycleBits.js';
import { CycleChartSection } from './sections/CycleChartSection.js';
import { PreviousChooser } from './sections/PreviousChooser.js';
import {
  AllCharacteristicsTable,
  CountsTable,
  NotReachedTable,
} from './sections/RealisationTables.js';
import { StatusLegend } from './sections/StatusLegend.js';
import { useCityName } from './useCityName.js';

/**
 * The standard's reason for assessing the target, as the model pack quotes it (data, with its
 * clause: a deployment's licensed wording shows here); nothing when the pack quotes nothing.
 */
function StandardQuote({ pack, lang }: { pack: MaturityModelPack; lang: TextLanguage }) {
  const { t } = useTranslation('cycles');
  return planRealisationQuotes(pack).map(({ quote, designation }) => (
    <figure key={quote.source.ref} className="cm-cy-quote">
      <blockquote>{quote.text[lang]}</blockquote>
      <figcaption>
        {t('realisation.quote.source', { source: `${designation}, ${quote.source.ref}` })}
      </figcaption>
    </figure>
  ));
}

function Compared({ plan, lang }: { plan: PlanRealisation; lang: TextLanguage }) {
  const { t } = useTranslation('cycles');
  const cycle = (c: PlanRealisation['current']) => (
    <>
      {formatDate(c.date, lang)} · {c.title} {c.provisional && <ProvisionalTag />}
    </>
  );
  return (
    <dl className="cm-r-facts">
      <div>
        <dt>{t('realisation.thisCycle')}</dt>
        <dd>{cycle(plan.current)}</dd>
      </div>
      <div>
        <dt>
          {t(
            plan.previousChosen === 'chosen'
              ? 'realisation.previousChosen'
              : 'realisation.previousDefault',
          )}
        </dt>
        <dd>{cycle(plan.previous)}</dd>
      </div>
    </dl>
  );
}

function RealisationBody({
  plan,
  model,
  lang,
}: {
  plan: PlanRealisation;
  model: MaturityModel;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('cycles');
  const index = model.index;
  const spec = useMemo(
    () => ({
      kind: 'realisation' as const,
      bars: realisationBars(plan, index, lang, t('realisation.all')),
    }),
    [plan, index, lang, t],
  );
  return (
    <>
      <Alert
        type={plan.elapsed.flag === 'as-planned' ? 'info' : 'warning'}
        showIcon
        className="cm-r-notice"
        title={<ElapsedNote elapsed={plan.elapsed} lang={lang} />}
        description={t('realisation.elapsedRule')}
      />
      {(plan.current.provisional || plan.previous.provisional) && (
        <Alert
          type="warning"
          showIcon
          className="cm-r-notice"
          title={t('realisation.provisional')}
        />
      )}
      <CycleChartSection
        id="statuses"
        title={t('realisation.chart.heading')}
        intro={<p>{t('realisation.chart.intro')}</p>}
        spec={spec}
        lang={lang}
        legend={<StatusLegend />}
        table={<CountsTable plan={plan} model={index} lang={lang} />}
      />
      <ResultSection
        id="not-reached"
        title={t('realisation.notReached.heading')}
        intro={<p>{t('realisation.notReached.intro')}</p>}
      >
        {plan.notReached.length === 0 ? (
          <p>{t('realisation.notReached.none')}</p>
        ) : (
          <NotReachedTable plan={plan} model={index} lang={lang} />
        )}
      </ResultSection>
      <ResultSection
        id="every-characteristic"
        title={t('realisation.every.heading')}
        intro={<p>{t('realisation.every.intro')}</p>}
      >
        <AllCharacteristicsTable plan={plan} model={index} lang={lang} />
        {plan.notCompared.length > 0 && (
          <p className="cm-r-note">
            {t('realisation.notCompared', { list: plan.notCompared.join(', ') })}
          </p>
        )}
      </ResultSection>
    </>
  );
}

/**
 * An assessment against the plan made at the previous cycle: which planned improvements were
 * reached (counts per status as a chart, overall and per dimension), the planned-and-not-reached
 * first, then every characteristic; the time between the cycles against the plan's two years; a
 * chooser of the cycle compared with; the first cycle's state.
 */
export default function PlanRealisationPage() {
  const { t, i18n } = useTranslation('cycles');
  const lang = textLanguage(i18n.language);
  const { organisationId = '', assessmentId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const previous = search.get('previous') ?? undefined;
  const plan = usePlanRealisation(organisationId, assessmentId, previous, false);
  const assessment = useAssessment(organisationId, assessmentId);
  const cycles = useCycles(organisationId, true);
  const model = useMaturityModelQuery();
  const city = useCityName(organisationId, lang);
  const title = plan.data?.current.title ?? assessment.data?.title;
  usePageTitle(title ? t('realisation.title', { title }) : t('realisation.heading'));

  const current = plan.data?.current ?? assessment.data;
  const choices =
    current && cycles.data
      ? previousChoices(cycles.data.cycles, {
          assessmentId,
          date: current.date,
        })
      : [];
  const refusal =
    plan.error instanceof ApiError && plan.error.status === 409 ? plan.error : undefined;
  const basePath = `/organisations/${organisationId}/assessments/${assessmentId}`;

  return (
    <div className="cm-r-page cm-cy-page">
      <header className="cm-r-header">
        <Link to={basePath}>← {t('backToAssessment')}</Link>
        {city && <p className="cm-r-eyebrow">{city}</p>}
        <h1 className="cm-r-title">
          {title ? t('realisation.title', { title }) : t('realisation.heading')}
        </h1>
        <div className="cm-r-intro">
          <p>{t('realisation.intro')}</p>
        </div>
        {model.data && <StandardQuote pack={model.data.pack} lang={lang} />}
        {plan.data && <Compared plan={plan.data} lang={lang} />}
        {choices.length > 0 && (
          <PreviousChooser
            choices={choices}
            value={previous}
            lang={lang}
            onChange={(next) => {
              setSearch(next ? { previous: next } : {}, { replace: true });
            }}
          />
        )}
      </header>
      {refusal ? (
        <Alert
          type={refusal.code === 'cycle-no-previous' ? 'info' : 'warning'}
          showIcon
          title={
            refusal.code === 'cycle-no-previous'
              ? t('realisation.first.title')
              : t('realisation.notEarlier')
          }
          description={
            <>
              <p>
                {refusal.code === 'cycle-no-previous'
                  ? t('realisation.first.body')
                  : refusal.message}
              </p>
              <p>
                <Link to={`${basePath}/results`}>{t('links.results')}</Link> ·{' '}
                <Link to={`/organisations/${organisationId}/cycles`}>{t('links.trend')}</Link>
              </p>
            </>
          }
        />
      ) : plan.error || model.error ? (
        <ErrorAlert
          error={plan.error ?? model.error}
          title={t('realisation.loadFailed')}
          onRetry={() => {
            void plan.refetch();
            void model.refetch();
          }}
        />
      ) : !plan.data || !model.data ? (
        <PageFallback />
      ) : (
        <RealisationBody plan={plan.data} model={model.data} lang={lang} />
      )}
    </div>
  );
}
