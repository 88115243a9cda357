import type { LocalizedText } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';

/** A language of the interface and of the model packs' texts. */
export type Lang = 'zh' | 'en';

/** The interface language as a pack text key ('zh' | 'en'). */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh';
}

/** The other language. */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** The BCP 47 tag of a language (for `lang` attributes and Intl formatting). */
export function langTag(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** The text of a pack element in a language. */
export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang];
}
