import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Results } from '../../../api/types.js';
import { EvidenceMethodBadge } from '../../../components/EvidenceMethodBadge.js';
import { formatDate, formatMoment, textLanguage } from '../format.js';
import { methodInfo } from '../rows.js';
import type { ModelIndex } from '@citymaturity/model';

/** The facts that frame a result: date, status, evidence method with its confidence, respondents. */
export function AssessmentFacts({ results, model }: { results: Results; model: ModelIndex }) {
  const { t, i18n } = useTranslation('results');
  const lang = textLanguage(i18n.language);
  const { assessment, score } = results;
  const method = methodInfo(model, assessment.method);
  const groups = Object.keys(score.respondents.byGroup).length;
  const pack = model.pack.meta;
  // The national adoption's designation is written in Chinese only.
  const adoption =
    lang === 'zh' && pack.standard.adoptions?.[0] ? ` · ${pack.standard.adoptions[0]}` : '';
  const edition = `${pack.standard.designation}${adoption}`;
  const modelText =
    lang === 'zh'
      ? `${pack.title.zh}（${edition}，v${assessment.modelVersion}）`
      : `${pack.title.en} (${edition}, v${assessment.modelVersion})`;
  return (
    <dl className="cm-r-facts">
      <div>
        <dt>{t('facts.date')}</dt>
        <dd>{formatDate(assessment.date, lang)}</dd>
      </div>
      <div>
        <dt>{t('facts.status')}</dt>
        <dd>
          {assessment.status === 'draft' ? (
            <Tag className="cm-r-tag-status cm-r-tag-warning">{t('facts.draft')}</Tag>
          ) : (
            <Tag className="cm-r-tag-status cm-r-tag-success">{t('facts.submitted')}</Tag>
          )}
          {assessment.status === 'submitted' && assessment.submittedAt && (
            <span>{formatMoment(assessment.submittedAt, lang)}</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('facts.method')}</dt>
        <dd>
          {results.evidenceMethod ? (
            <>
              <EvidenceMethodBadge method={results.evidenceMethod} compact />
              {results.evidenceMethod.id !== assessment.method && method && (
                <div className="cm-r-muted">
                  {t('audit:badge.gatheredAs', { method: method.method.name[lang] })}
                </div>
              )}
            </>
          ) : method ? (
            <>
              <span className="cm-r-strong">{method.method.name[lang]}</span>
              <br />
              <span className="cm-r-muted">
                {t('facts.methodRank', {
                  rank: method.method.rank,
                  of: method.of,
                  confidence: t(`facts.confidence.${method.method.relative_confidence}`),
                })}
              </span>
            </>
          ) : (
            assessment.method
          )}
        </dd>
      </div>
      <div>
        <dt>{t('facts.respondents')}</dt>
        <dd>
          {t('facts.respondentCount', { count: score.respondents.total })}
          {groups > 0 && <> · {t('facts.groupCount', { count: groups })}</>}
        </dd>
      </div>
      <div>
        <dt>{t('facts.model')}</dt>
        <dd>{modelText}</dd>
      </div>
    </dl>
  );
}
