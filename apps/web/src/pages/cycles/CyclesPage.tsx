import { Alert, Switch } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCycles, type Cycles } from '../../api/cycles.js';
import { useMaturityModelQuery, type MaturityModel } from '../../api/model.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { formatDate, textLanguage } from '../results/format.js';
import '../../components/components.css';
import '../results/results.css';
import { ResultSection } from '../results/sections/ResultSection.js';
import './cycles.css';
import { CycleChartSection } from './sections/CycleChartSection.js';
import { CycleList } from './sections/CycleList.js';
import { OverallTable } from './sections/OverallTable.js';
import { TrendExplanations } from './sections/TrendExplanations.js';
import { TrendTable } from './sections/TrendTable.js';
import { TrendLegend, TrendTableSection } from './sections/TrendTableSection.js';
import { dimensionPanels, trendChartInput, type TrendRow } from './trend-logic.js';
import { useCityName } from './useCityName.js';

function TrendContent({
  data,
  model,
  organisationId,
}: {
  data: Cycles;
  model: MaturityModel;
  organisationId: string;
}) {
  const { t, i18n } = useTranslation('cycles');
  const lang = textLanguage(i18n.language);
  const index = model.index;
  const labels = useMemo(() => data.cycles.map((c) => formatDate(c.date, lang)), [data, lang]);
  const overallSpec = useMemo(
    () => ({
      kind: 'trend' as const,
      input: trendChartInput(
        data,
        [{ title: t('overall.panel'), points: data.trend.overall }],
        index,
        lang,
      ),
    }),
    [data, index, lang, t],
  );
  const dimensionSpec = useMemo(
    () => ({
      kind: 'trend' as const,
      input: trendChartInput(data, dimensionPanels(data, index, lang), index, lang),
    }),
    [data, index, lang],
  );
  const dimensionRows: TrendRow[] = [
    {
      kind: 'overall',
      format: 'rollup',
      id: 'overall',
      name: t('overall.panel'),
      points: data.trend.overall,
    },
    ...index.pack.dimensions.map((d) => ({
      kind: 'dimension' as const,
      format: 'rollup' as const,
      id: d.id,
      name: d.name[lang],
      points: data.trend.dimensions[d.id] ?? [],
    })),
  ];
  const latest = data.cycles.at(-1);
  const resultsPath = latest
    ? `/organisations/${organisationId}/assessments/${latest.assessmentId}/results`
    : undefined;

  if (data.cycles.length === 0)
    return (
      <Alert
        type="info"
        showIcon
        title={t(data.includeDrafts ? 'empty.titleDrafts' : 'empty.title')}
        description={
          <>
            <p>{t('empty.body')}</p>
            <Link to={`/organisations/${organisationId}`}>{t('back')}</Link>
          </>
        }
      />
    );

  return (
    <>
      <ResultSection id="cycles" title={t('list.heading')} intro={t('list.intro')}>
        {data.cycles.length === 1 && (
          <Alert type="info" showIcon className="cm-r-notice" title={t('list.onlyOne')} />
        )}
        <CycleList
          cycles={data.cycles}
          organisationId={organisationId}
          pack={index.pack}
          lang={lang}
        />
      </ResultSection>

      <CycleChartSection
        id="overall"
        title={t('overall.heading')}
        intro={<p>{t('overall.intro')}</p>}
        spec={overallSpec}
        lang={lang}
        maxWidth={760}
        table={
          <OverallTable
            cycles={data.cycles}
            points={data.trend.overall}
            labels={labels}
            lang={lang}
          />
        }
      />

      <CycleChartSection
        id="dimensions"
        title={t('dimensions.heading')}
        intro={<p>{t('dimensions.intro')}</p>}
        spec={dimensionSpec}
        lang={lang}
        table={
          <>
            <TrendLegend />
            <TrendTable
              rows={dimensionRows}
              cycles={data.cycles}
              labels={labels}
              measure="current"
              caption={t('dimensions.captionCurrent')}
              lang={lang}
            />
            <TrendTable
              rows={dimensionRows}
              cycles={data.cycles}
              labels={labels}
              measure="target"
              caption={t('dimensions.captionTarget')}
              lang={lang}
            />
          </>
        }
      />

      <TrendTableSection data={data} model={index} labels={labels} lang={lang} />
      <TrendExplanations resultsPath={resultsPath} latestOverall={latest?.overall.rated} />
    </>
  );
}

/**
 * The organisation's assessment cycles and the trend of its maturity: the cycles (date, method,
 * status, overall levels, time since the previous one), the overall and per-dimension trend
 * lines, every characteristic and roll-up by cycle, and how each number is made. Drafts can be
 * included as provisional cycles.
 */
export default function CyclesPage() {
  const { t, i18n } = useTranslation('cycles');
  const lang = textLanguage(i18n.language);
  const organisationId = useParams().organisationId ?? '';
  const [search, setSearch] = useSearchParams();
  const includeDrafts = search.get('drafts') === 'true';
  const query = useCycles(organisationId, includeDrafts);
  const model = useMaturityModelQuery();
  const city = useCityName(organisationId, lang);
  usePageTitle(city ? `${t('trend.title')} · ${city}` : t('trend.title'));

  const error = query.error ?? model.error;
  return (
    <div className="cm-r-page cm-cy-page">
      <header className="cm-r-header">
        <Link to={`/organisations/${organisationId}`}>← {t('back')}</Link>
        {city && <p className="cm-r-eyebrow">{city}</p>}
        <h1 className="cm-r-title">{t('trend.title')}</h1>
        <div className="cm-r-intro">
          <p>{t('trend.intro')}</p>
        </div>
        <div className="cm-cy-toggle">
          <Switch
            id="cm-cy-drafts"
            checked={includeDrafts}
            loading={query.isFetching && query.isPlaceholderData}
            onChange={(checked) => {
              setSearch(checked ? { drafts: 'true' } : {}, { replace: true });
            }}
          />
          <label htmlFor="cm-cy-drafts">{t('trend.includeDrafts')}</label>
        </div>
        {includeDrafts && (
          <Alert type="warning" showIcon className="cm-r-notice" title={t('provisional.notice')} />
        )}
        {query.data && query.data.unscorable.length > 0 && (
          <Alert
            type="warning"
            showIcon
            className="cm-r-notice"
            title={t('trend.unscorable', { count: query.data.unscorable.length })}
          />
        )}
      </header>
      {error ? (
        <ErrorAlert
          error={error}
          title={t('trend.loadFailed')}
          onRetry={() => {
            void query.refetch();
            void model.refetch();
          }}
        />
      ) : !query.data || !model.data ? (
        <PageFallback />
      ) : (
        <TrendContent data={query.data} model={model.data} organisationId={organisationId} />
      )}
    </div>
  );
}
