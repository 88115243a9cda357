import { useTranslation } from 'react-i18next';

/** A small drawing of a legend entry, hidden from screen readers (the words say it). */
function Swatch({ kind }: { kind: 'box' | 'median' | 'current' | 'target' }) {
  return (
    <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
      {kind === 'box' && (
        <>
          <rect
            x="1"
            y="2"
            width="10"
            height="10"
            fill="#D3E6F3"
            stroke="#0072B2"
            strokeWidth="1.5"
          />
          <rect
            x="11"
            y="2"
            width="10"
            height="10"
            fill="#F8DFCC"
            stroke="#D55E00"
            strokeWidth="1.5"
          />
        </>
      )}
      {kind === 'median' && (
        <line x1="11" y1="0" x2="11" y2="14" stroke="#333333" strokeWidth="3" />
      )}
      {kind === 'current' && <circle cx="11" cy="7" r="6" fill="#0072B2" />}
      {kind === 'target' && <polygon points="11,0 18,12 4,12" fill="#D55E00" />}
    </svg>
  );
}

/** How to read the peer chart: the box, the median line, the city's two marks and the lanes. */
export function PeerLegend({ minPeerCities }: { minPeerCities: number }) {
  const { t } = useTranslation('benchmarking');
  return (
    <div className="cm-bm-legend">
      <ul className="cm-bm-legend-list">
        <li>
          <Swatch kind="box" /> {t('legend.box')}
        </li>
        <li>
          <Swatch kind="median" /> {t('legend.median')}
        </li>
        <li>
          <Swatch kind="current" /> {t('legend.current')}
        </li>
        <li>
          <Swatch kind="target" /> {t('legend.target')}
        </li>
      </ul>
      <p className="cm-r-note">{t('legend.lanes', { count: minPeerCities })}</p>
    </div>
  );
}
