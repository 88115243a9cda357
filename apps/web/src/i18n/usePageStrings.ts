import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../components/lang.js';

// The strings of a group of pages (a few KB gzip per language) need not be part of the language
// chunk every page loads first: they are fetched with the pages' code and merged into their
// namespace, whose eager part (locales/<lang>/<namespace>.json) holds only the links other pages
// show. Each group's strings.test.ts checks them with checkPageStrings (page-strings-checks.ts).

/** The strings a group of pages loads with its code. */
export interface PageStrings {
  /** The namespace they are merged into. */
  namespace: string;
  /** One of their keys, to tell whether they are loaded. */
  probe: string;
  load: Record<Lang, () => Promise<{ default: Record<string, unknown> }>>;
}

const interfaceLang = (language: string): Lang => (language === 'en' ? 'en' : 'zh');

const loaded = (strings: PageStrings, lang: Lang) =>
  i18next.getResource(lang, strings.namespace, strings.probe) !== undefined;

/** Fetches the strings of a language into their namespace (once). */
async function loadPageStrings(strings: PageStrings, lang: Lang): Promise<void> {
  if (loaded(strings, lang)) return;
  const { default: bundle } = await strings.load[lang]();
  i18next.addResourceBundle(lang, strings.namespace, bundle, true, true);
}

/**
 * Declares the strings of a group of pages and starts fetching those of the interface language
 * (call it at the top level of a module the pages import: they load with the pages' code).
 */
export function pageStrings(
  namespace: string,
  probe: string,
  load: PageStrings['load'],
): PageStrings {
  const strings = { namespace, probe, load };
  loadPageStrings(strings, interfaceLang(i18next.language)).catch(() => undefined);
  return strings;
}

/**
 * Pages' strings in the interface language: `ready` once they are loaded (again after a switch of
 * language), `failed` when they could not be fetched (then `retry`).
 */
export function usePageStrings(strings: PageStrings): {
  ready: boolean;
  failed: boolean;
  retry: () => void;
} {
  const { i18n } = useTranslation();
  const lang = interfaceLang(i18n.language);
  const [attempt, setAttempt] = useState(0);
  const [, setLoadedCount] = useState(0);
  const [failed, setFailed] = useState(false);
  const ready = loaded(strings, lang);

  useEffect(() => {
    if (ready) return;
    let live = true;
    setFailed(false);
    loadPageStrings(strings, lang).then(
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
  }, [strings, lang, ready, attempt]);

  return {
    ready,
    failed,
    retry: () => {
      setAttempt((n) => n + 1);
    },
  };
}
