import type { MaturityModelPack, OperatingModelPack, TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { inBrackets } from '../results/format.js';

/** Where the report's wording and rules come from: the scoring rules and each pack's translation note. */
export function Provenance({
  packs,
  lang,
}: {
  packs: readonly (MaturityModelPack | OperatingModelPack)[];
  lang: TextLanguage;
}) {
  const { t } = useTranslation('report');
  return (
    <div className="cm-report-provenance">
      <p>{t('provenance.scoring')}</p>
      {packs.map(({ meta }) => (
        <div key={meta.id}>
          <h3>
            {meta.title[lang]}
            {lang === 'zh' ? '' : ' '}
            {inBrackets(
              `${meta.standard.designation}${meta.standard.adoptions?.[0] ? ` · ${meta.standard.adoptions[0]}` : ''}${lang === 'zh' ? '，' : ', '}v${meta.version}`,
              lang,
            )}
          </h3>
          <p>{meta.translation[lang]}</p>
          <p className="cm-r-muted">{meta.rights[lang]}</p>
        </div>
      ))}
    </div>
  );
}
