import type { Organisation } from '../api/types.js';
import { langTag, otherLang, useLang } from './lang.js';

/** The names of an organisation in a language. */
export function organisationName(
  organisation: Pick<Organisation, 'nameZh' | 'nameEn'>,
  lang: 'zh' | 'en',
): string {
  return lang === 'zh' ? organisation.nameZh : organisation.nameEn;
}

/** An organisation's name in the interface language, with its name in the other language beside it. */
export function OrganisationName({
  organisation,
}: {
  organisation: Pick<Organisation, 'nameZh' | 'nameEn'>;
}) {
  const lang = useLang();
  const other = otherLang(lang);
  const main = organisationName(organisation, lang);
  const second = organisationName(organisation, other);
  return (
    <>
      <span>{main}</span>
      {second !== main && (
        <span className="cm-other-name" lang={langTag(other)}>
          {second}
        </span>
      )}
    </>
  );
}
