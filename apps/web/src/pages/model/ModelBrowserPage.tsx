import { Checkbox, Input, Typography } from 'antd';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import {
  useMaturityModel,
  useMaturityModelQuery,
  useOperatingModelQuery,
} from '../../api/model.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { BlankFormLinks } from '../exchange/BlankFormLinks.js';
import { langTag, otherLang, useLang } from '../../components/lang.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import { countCharacteristics, MmsscView, useFilteredDimensions } from './MmsscView.js';
import { ModelViewContext, type ModelView } from './ModelView.js';
import './model.css';
import { PackTabs } from './PackTabs.js';
import { ScomView } from './scom/ScomView.js';
import { queryTerms } from './search.js';
import { tabOfTarget, type PackTab } from './targets.js';

function MatchCount({ tab }: { tab: PackTab }) {
  const { t } = useTranslation('model');
  const model = useMaturityModel();
  const count = countCharacteristics(useFilteredDimensions(model?.pack));
  return <>{tab === 'mmssc' ? t('search.count', { count }) : t('search.filtered')}</>;
}

/**
 * Both standards as the packs hold them: the MMSSC (levels, types, every criterion) and the
 * ISO 37106 operating model, searchable, in either language with the other on demand, and with
 * deep links (#1.2.3, #scom-B7).
 */
export default function ModelBrowserPage() {
  const { t } = useTranslation('model');
  const lang = useLang();
  const mmsscQuery = useMaturityModelQuery();
  const scomQuery = useOperatingModelQuery();
  const mmssc = mmsscQuery.data;
  const scom = scomQuery.data;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [showOther, setShowOther] = useState(false);
  const [target, setTarget] = useState<string | undefined>(() => decodeHash(window.location.hash));
  const tab: PackTab = params.get('view') === 'scom' ? 'scom' : 'mmssc';
  const deferredQuery = useDeferredValue(query);
  usePageTitle(t('title'));

  const setTab = (next: PackTab) => {
    const updated = new URLSearchParams(params);
    if (next === 'scom') updated.set('view', 'scom');
    else updated.delete('view');
    const search = updated.toString();
    // Keep the #fragment: it is the deep link being followed.
    void navigate(
      { search: search ? `?${search}` : '', hash: window.location.hash },
      { replace: true, preventScrollReset: true },
    );
  };

  // Deep links: #1.2.3, #dimension-1, #type-a, #scom-B7 … open the right tab and show the element.
  useEffect(() => {
    const onHash = () => {
      setTarget(decodeHash(window.location.hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      window.removeEventListener('hashchange', onHash);
    };
  }, []);
  useEffect(() => {
    if (!target) return;
    const wanted = tabOfTarget(target);
    if (wanted !== tab) {
      setTab(wanted);
      return;
    }
    const element = document.getElementById(target);
    if (element) {
      element.scrollIntoView({ block: 'start' });
      if (element.hasAttribute('tabindex')) element.focus({ preventScroll: true });
      setTarget(undefined);
      return;
    }
    // The search may hide it: clear the search and look again once the page shows everything.
    if (query || deferredQuery) {
      setQuery('');
      return;
    }
    if (wanted === 'mmssc' ? mmssc : scom) setTarget(undefined); // Loaded, and no such element.
  }, [target, tab, mmssc, scom, query, deferredQuery]);

  const view: ModelView = useMemo(
    () => ({
      lang,
      showOther,
      terms: queryTerms(deferredQuery),
      documents: new Map(
        [...(mmssc?.pack.meta.documents ?? []), ...(scom?.meta.documents ?? [])].map((d) => [
          d.id,
          d.designation,
        ]),
      ),
    }),
    [lang, showOther, deferredQuery, mmssc, scom],
  );

  return (
    <ModelViewContext.Provider value={view}>
      <div className="cm-page cm-m-page">
        <div>
          <Typography.Title level={1}>{t('title')}</Typography.Title>
          <Typography.Paragraph className="cm-muted">{t('intro')}</Typography.Paragraph>
        </div>
        <div className="cm-m-controls" role="search">
          <div className="cm-m-search">
            <label htmlFor="model-search" className="cm-field-label">
              {t('search.label')}
            </label>
            <Input
              id="model-search"
              type="search"
              allowClear
              value={query}
              placeholder={t('search.placeholder')}
              aria-describedby="model-search-count"
              onChange={(event) => {
                setQuery(event.target.value);
              }}
            />
          </div>
          <Checkbox
            checked={showOther}
            onChange={(event) => {
              setShowOther(event.target.checked);
            }}
          >
            {t('showOther')} ·{' '}
            <span lang={langTag(otherLang(lang))}>{t('showOtherInOtherLanguage')}</span>
          </Checkbox>
          <p id="model-search-count" role="status" className="cm-muted cm-m-count">
            {view.terms.length > 0 && <MatchCount tab={tab} />}
          </p>
        </div>
        <PackTabs
          label={t('tabs.label')}
          active={tab}
          onChange={setTab}
          tabs={[
            { key: 'mmssc', label: t('tabs.mmssc') },
            { key: 'scom', label: t('tabs.scom') },
          ]}
        >
          {tab === 'mmssc' &&
            (mmssc ? (
              <>
                <h2 className="cm-m-pack-title">
                  {mmssc.pack.meta.title[lang]}{' '}
                  <span className="cm-muted">{mmssc.pack.meta.standard.designation}</span>
                </h2>
                <BlankFormLinks packId={mmssc.pack.meta.id} />
                <MmsscView pack={mmssc.pack} />
              </>
            ) : (
              <PackFallback query={mmsscQuery} />
            ))}
          {tab === 'scom' &&
            (scom ? (
              <>
                <h2 className="cm-m-pack-title">
                  {scom.meta.title[lang]}{' '}
                  <span className="cm-muted">{scom.meta.standard.designation}</span>
                </h2>
                <ScomView pack={scom} />
              </>
            ) : (
              <PackFallback query={scomQuery} />
            ))}
        </PackTabs>
      </div>
    </ModelViewContext.Provider>
  );
}

/** While a pack loads: a spinner, or what went wrong with a retry button. */
function PackFallback({ query }: { query: { error: Error | null; refetch: () => unknown } }) {
  return query.error ? (
    <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
  ) : (
    <PageFallback />
  );
}

function decodeHash(hash: string): string | undefined {
  if (hash.length <= 1) return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}
