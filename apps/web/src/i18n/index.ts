import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LanguageBundle } from './locales/bundle.js';

/** The languages of the interface: Simplified Chinese and English, both first-class. */
export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'citymaturity.language';

// Every namespace is a JSON file per language under locales/<lang>/<namespace>.json (a test checks
// that zh and en have the same keys). Each language is one chunk, fetched only when it is shown:
// a page in Chinese never downloads the English strings, and the reverse.
const bundles: Record<Language, () => Promise<{ default: LanguageBundle }>> = {
  zh: () => import('./locales/zh.js'),
  en: () => import('./locales/en.js'),
};

/** Loads the strings of one language into i18next (once). */
async function loadLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'common')) return;
  const { default: namespaces } = await bundles[language]();
  for (const [namespace, strings] of Object.entries(namespaces)) {
    i18next.addResourceBundle(language, namespace, strings, true, true);
  }
}

/** The saved choice, else Chinese when the browser prefers Chinese, else English. */
export function initialLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);
  if (saved === 'zh' || saved === 'en') return saved;
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  const first = preferred.find((l) => /^(zh|en)/i.test(l)) ?? '';
  return /^zh/i.test(first) ? 'zh' : 'en';
}

/** Switches the language of the whole interface and remembers the choice. */
export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(storageKey, language);
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

/** The language tag of the page (for the html lang attribute and Accept-Language). */
export function languageTag(language: string): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}

/** Resolves when the interface's strings in the initial language are loaded: render after it. */
export const i18nReady: Promise<void> = (async () => {
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: {},
    partialBundledLanguages: true,
    lng: language,
    fallbackLng: false,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await loadLanguage(language);
  // Resolves the language again now that its strings exist (i18next resolved it against none).
  await i18next.changeLanguage(language);
})();

const syncDocument = (language: string) => {
  document.documentElement.lang = languageTag(language);
};
syncDocument(i18next.language);
i18next.on('languageChanged', syncDocument);

export default i18next;
