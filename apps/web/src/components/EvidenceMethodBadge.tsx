import { useTranslation } from 'react-i18next';
import type { EvidenceMethodBadgeData } from '../api/audit.js';
import { useLang } from './lang.js';
import './evidence-method-badge.css';

/**
 * The confidence badge of a result: the name of its evidence method and its rank among the five
 * methods of ISO/TS 37107 §5.1, as a meter of five rising steps (filled up to the rank, the rest
 * hollow: shape and words, never colour alone) and in words ("rank 3 of 5"), with what the scale
 * is (`compact`: in one short sentence, else naming the five methods).
 */
export function EvidenceMethodBadge({
  method,
  compact = false,
}: {
  method: Pick<EvidenceMethodBadgeData, 'rank' | 'ranks' | 'name'> &
    Partial<Pick<EvidenceMethodBadgeData, 'relativeConfidence'>>;
  compact?: boolean;
}) {
  const { t } = useTranslation('audit');
  const lang = useLang();
  const steps = Array.from({ length: method.ranks }, (_, i) => i + 1);
  return (
    <div className={`cm-emb${compact ? ' cm-emb-compact' : ''}`}>
      <div className="cm-emb-main">
        <span className="cm-emb-steps" aria-hidden="true">
          {steps.map((step) => (
            <span
              key={step}
              className={`cm-emb-step${step <= method.rank ? ' cm-emb-step-on' : ''}`}
              style={{ height: `${String(6 + step * 3)}px` }}
            />
          ))}
        </span>
        <span className="cm-emb-name">{method.name[lang]}</span>
      </div>
      <div className="cm-emb-rank">
        {t('badge.rank', { rank: method.rank, ranks: method.ranks })}
        {method.relativeConfidence && <> · {t(`badge.confidence.${method.relativeConfidence}`)}</>}
      </div>
      <p className="cm-emb-explain">
        {t(compact ? 'badge.explainShort' : 'badge.explain', { ranks: method.ranks })}
      </p>
    </div>
  );
}
