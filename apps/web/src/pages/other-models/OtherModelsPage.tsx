import {
  characteristicComponentLinks,
  characteristicLinkRows,
  componentLinkRows,
  otherModelRows,
  strengthMinimumLevel,
  trafficLights,
} from '@citymaturity/core';
import type { OperatingModelPack } from '@citymaturity/model';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { useOperatingModelQuery } from '../../api/model.js';
import { PageFallback } from '../../app/PageFallback.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { textLanguage } from '../results/format.js';
import '../results/results.css';
import { ProvisionalNotice } from '../results/sections/ProvisionalNotice.js';
import { ResultsError } from '../results/sections/ResultsError.js';
import { useResults, type ResultsData } from '../results/useResults.js';
import './other-models.css';
import { ComponentLinks } from './sections/ComponentLinks.js';
import { OtherModelCards } from './sections/OtherModelCards.js';
import { PurposeLights } from './sections/PurposeLights.js';

function OtherModelsContent({
  data,
  scom,
  resultsPath,
}: {
  data: ResultsData;
  scom: OperatingModelPack;
  resultsPath: string;
}) {
  const { t, i18n } = useTranslation('otherModels');
  const lang = textLanguage(i18n.language);
  const { results, model, organisation } = data;
  const { score, assessment } = results;
  const city = organisation ? (lang === 'zh' ? organisation.nameZh : organisation.nameEn) : '';
  // The threshold of the inverse view: level 3, what a strength needs and green roughly means.
  const threshold = strengthMinimumLevel;
  const view = useMemo(() => {
    const links = characteristicComponentLinks(model, scom);
    return {
      links,
      lights: trafficLights(model, score.characteristics),
      byComponent: componentLinkRows(model, score.characteristics, links, {
        operatingModel: scom,
        threshold,
      }),
      byCharacteristic: characteristicLinkRows(model, score.characteristics, links),
      otherModels: otherModelRows(model, score),
    };
  }, [model, scom, score, threshold]);
  const documents = useMemo(
    () => new Map(model.pack.meta.documents.map((d) => [d.id, d.designation])),
    [model],
  );
  const characteristicName = (id: string) =>
    model.characteristicById.get(id)?.characteristic.name[lang] ?? '';

  usePageTitle(t('title', { title: assessment.title }));

  const sections = [
    ...view.lights.map((l) => ({
      id: `lights-${l.model.id}`,
      label: t('lights.nav', { model: l.model.name[lang] }),
    })),
    { id: 'components', label: t('components.heading') },
    { id: 'models', label: t('models.heading') },
  ];

  return (
    <div className="cm-r-page cm-om-page">
      <header className="cm-r-header">
        <Link to={resultsPath}>← {t('back')}</Link>
        {city && <p className="cm-r-eyebrow">{city}</p>}
        <h1 className="cm-r-title">{t('title', { title: assessment.title })}</h1>
        <ProvisionalNotice assessment={assessment} />
        <div className="cm-r-intro">
          <p>{t('intro')}</p>
          <p>{t('levelsRule')}</p>
        </div>
        <nav aria-labelledby="other-models-contents" className="cm-om-contents">
          <h2 id="other-models-contents" className="cm-om-contents-title">
            {t('contents')}
          </h2>
          <ul>
            {sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}-heading`}>{s.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      {view.lights.map((lights) => (
        <PurposeLights key={lights.model.id} lights={lights} documents={documents} lang={lang} />
      ))}
      <ComponentLinks
        links={view.links}
        byComponent={view.byComponent}
        byCharacteristic={view.byCharacteristic}
        model={model}
        scom={scom}
        threshold={threshold}
        documents={documents}
        lang={lang}
      />
      <OtherModelCards
        rows={view.otherModels}
        characteristicName={characteristicName}
        levelCount={model.levels.length}
        documents={documents}
        lang={lang}
      />
    </div>
  );
}

/**
 * An assessment's results next to the models ISO/TS 37107 links to: the purposes in ISO 18091's
 * red / yellow / green (table 4, Annex C), characteristics → ISO 37106 components and back
 * (Annex B), and the other maturity models of table 4. Same access and data as the results page
 * (provisional for a draft).
 */
export default function OtherModelsPage() {
  const { organisationId = '', assessmentId = '' } = useParams();
  const { t } = useTranslation('otherModels');
  const state = useResults(organisationId, assessmentId);
  const scom = useOperatingModelQuery();
  if (state.status === 'error')
    return <ResultsError error={state.error} retry={state.retry} heading={t('heading')} />;
  if (scom.error) {
    const error =
      scom.error instanceof ApiError ? scom.error : new ApiError(0, 'unknown', String(scom.error));
    return <ResultsError error={error} retry={() => void scom.refetch()} heading={t('heading')} />;
  }
  if (state.status === 'loading' || !scom.data) return <PageFallback />;
  return (
    <OtherModelsContent
      data={state.data}
      scom={scom.data}
      resultsPath={`/organisations/${organisationId}/assessments/${assessmentId}/results`}
    />
  );
}
