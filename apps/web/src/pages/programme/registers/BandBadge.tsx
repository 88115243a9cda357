import { useTranslation } from 'react-i18next';
import type { RiskBand } from '../../../api/programme-risks.js';

/** A risk band in words on its light fill (the word carries the meaning, the fill repeats it). */
export function BandBadge({ band, score }: { band: RiskBand; score?: number }) {
  const { t } = useTranslation('programme');
  return (
    <span className={`cm-rv-band cm-rv-band-${band}`}>
      {score !== undefined && `${String(score)} · `}
      {t(`riskRegister.band.${band}`)}
    </span>
  );
}
