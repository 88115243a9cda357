import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import type { AuditSummary, AuditVerdict, ResultsAudit } from '../../../api/audit.js';
import { AuditStandingText } from '../../audit/AuditStandingText.js';
import { ScrollTable } from './ResultSection.js';

/** The verdicts of the findings counted. */
function summaryOf(audit: ResultsAudit): AuditSummary {
  const summary: AuditSummary = { confirmed: 0, adjusted: 0, 'insufficient-evidence': 0 };
  for (const finding of Object.values(audit.findings)) summary[finding.verdict] += 1;
  return summary;
}

/**
 * The external audit on the results page: who audited, whether the statement is issued, the
 * verdicts counted, and every characteristic the auditor did not confirm, with the levels the
 * evidence supports instead (adjusted) or the note that the evidence was not enough. The submitted
 * figures above stay as they were: the audit is a second opinion beside them, not a correction.
 */
export function AuditFindings({
  audit,
  model,
  lang,
}: {
  audit: ResultsAudit;
  model: ModelIndex;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('audit');
  const notConfirmed = model.characteristics.flatMap(({ id, characteristic }) => {
    const finding = audit.findings[id];
    return finding && finding.verdict !== 'confirmed' ? [{ id, characteristic, finding }] : [];
  });
  const level = (value: number | null) =>
    value === null ? t('results.unchanged') : t('level.number', { level: value });
  const verdict = (v: AuditVerdict) => t(`verdict.${v}`);
  return (
    <>
      <AuditStandingText audit={{ ...audit, summary: summaryOf(audit) }} lang={lang} />
      {notConfirmed.length === 0 ? (
        <p>{t('results.allConfirmed')}</p>
      ) : (
        <ScrollTable label={t('results.caption')}>
          <table className="cm-r-table">
            <caption className="cm-r-sr-only">{t('results.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.characteristic')}</th>
                <th scope="col">{t('results.verdict')}</th>
                <th scope="col">{t('measure.current')}</th>
                <th scope="col">{t('measure.target')}</th>
              </tr>
            </thead>
            <tbody>
              {notConfirmed.map(({ id, characteristic, finding }) => (
                <tr key={id}>
                  <th scope="row">
                    {id} {characteristic.name[lang]}
                  </th>
                  <td>{verdict(finding.verdict)}</td>
                  <td>{finding.verdict === 'adjusted' ? level(finding.adjustedCurrent) : '–'}</td>
                  <td>{finding.verdict === 'adjusted' ? level(finding.adjustedTarget) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}
