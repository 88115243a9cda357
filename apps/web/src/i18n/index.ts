import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The languages of the interface: Simplified Chinese and English, both first-class. */
export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'citymaturity.language';

// Every namespace is a JSON file per language under locales/<lang>/<namespace>.json; a test checks
// that zh and en have the same keys.
const modules = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', {
  eager: true,
});
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, module] of Object.entries(modules)) {
  const match = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
  if (!match) continue;
  const [, lang, namespace] = match as unknown as [string, string, string];
  resources[lang] ??= {};
  resources[lang][namespace] = module.default;
}
export const namespaces = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))];

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
  await i18next.changeLanguage(language);
}

/** The language tag of the page (for the html lang attribute and Accept-Language). */
export function languageTag(language: string): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: false,
  ns: namespaces,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

const syncDocument = (language: string) => {
  document.documentElement.lang = languageTag(language);
};
syncDocument(i18next.language);
i18next.on('languageChanged', syncDocument);

export default i18next;
