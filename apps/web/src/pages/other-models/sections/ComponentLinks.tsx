import type {
  CharacteristicComponentLink,
  ComponentLinkRow,
  DimensionLinkRows,
} from '@citymaturity/core';
import type { ModelIndex, OperatingModelPack, TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { ResultSection } from '../../results/sections/ResultSection.js';
import { distinctNotes, sourceText } from '../links.js';
import { ByCharacteristic } from './ByCharacteristic.js';
import { ByComponent } from './ByComponent.js';

/**
 * Annex B: characteristics → ISO 37106 components, first by component (where the city's gaps
 * meet the operating model), then by characteristic, with where each link comes from.
 */
export function ComponentLinks({
  links,
  byComponent,
  byCharacteristic,
  model,
  scom,
  threshold,
  documents,
  lang,
}: {
  links: readonly CharacteristicComponentLink[];
  byComponent: readonly ComponentLinkRow[];
  byCharacteristic: readonly DimensionLinkRows[];
  model: ModelIndex;
  scom: OperatingModelPack;
  threshold: number;
  documents: ReadonlyMap<string, string>;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('otherModels');
  const sources = [...new Set(links.map((l) => sourceText(l.source, documents, lang)))];
  const decisions = distinctNotes(
    (model.pack.component_links ?? []).map((l) => l.notes),
    lang,
  );
  return (
    <ResultSection
      id="components"
      title={t('components.heading')}
      intro={
        <>
          <p>{t('components.intro')}</p>
          <p className="cm-r-note">
            {t('source', { source: sources.join(lang === 'zh' ? '；' : '; ') })}
          </p>
        </>
      }
    >
      {decisions.length > 0 && (
        <details className="cm-om-details">
          <summary>{t('components.decision')}</summary>
          {decisions.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </details>
      )}
      <h3 id="components-by-component">{t('components.byComponent.heading')}</h3>
      <p className="cm-r-intro">{t('components.byComponent.intro', { threshold })}</p>
      <ByComponent rows={byComponent} model={model} scom={scom} threshold={threshold} lang={lang} />
      <h3 id="components-by-characteristic">{t('components.byCharacteristic.heading')}</h3>
      <p className="cm-r-intro">{t('components.byCharacteristic.intro')}</p>
      <ByCharacteristic dimensions={byCharacteristic} scom={scom} lang={lang} />
    </ResultSection>
  );
}
