import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../components/lang.js';

// The ISO 37106 workspace pages' strings (a few KB gzip per language) are not part of the language
// chunk every page loads first: they are fetched with these pages and merged into the
// `programme` namespace, whose eager part (locales/<lang>/programme.json) holds only the
// links other pages show. A test checks both languages have the same keys.

const loaders: Record<Lang, () => Promise<{ default: Record<string, unknown> }>> = {
  zh: () => import('./strings/zh.json'),
  en: () => import('./strings/en.json'),
};

/** Whether the pages' strings of a language are in i18next (one of them as a probe). */
const loaded = (lang: Lang) =>
  i18next.getResource(lang, 'programme', 'workspace.title') !== undefined;

/** Fetches the pages' strings of a language into the `programme` namespace (once). */
export async function loadProgrammeStrings(lang: Lang): Promise<void> {
  if (loaded(lang)) return;
  const { default: strings } = await loaders[lang]();
  i18next.addResourceBundle(lang, 'programme', strings, true, true);
}

/** Starts fetching the strings of the interface language (when a page's code loads); never throws. */
export function prefetchProgrammeStrings(): void {
  loadProgrammeStrings(i18next.language === 'en' ? 'en' : 'zh').catch(() => undefined);
}

/**
 * The ISO 37106 workspace pages' strings in the interface language: `ready` once they are loaded (again
 * after a switch of language), `failed` when they could not be fetched (then `retry`).
 */
export function useProgrammeStrings(): { ready: boolean; failed: boolean; retry: () => void } {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const [attempt, setAttempt] = useState(0);
  const [, setLoadedCount] = useState(0);
  const [failed, setFailed] = useState(false);
  const ready = loaded(lang);

  useEffect(() => {
    if (ready) return;
    let live = true;
    setFailed(false);
    loadProgrammeStrings(lang).then(
      () => {
        if (live) setLoadedCount((n) => n + 1);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [lang, ready, attempt]);

  return {
    ready,
    failed,
    retry: () => {
      setAttempt((n) => n + 1);
    },
  };
}
