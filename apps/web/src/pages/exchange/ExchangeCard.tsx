import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { assessmentDocumentHref, assessmentFormHref, resultsHref } from '../../api/exchange.js';
import type { AssessmentDetail } from '../../api/types.js';
import { Panel } from '../../components/Panel.js';
import { PaperResponses } from './PaperResponses.js';
import './exchange.css';

// The import (file picker, upload, problems) is loaded only for a draft that takes forms.
const FormsImport = lazy(() => import('./FormsImport.js'));

/**
 * On the assessment page: the Annex A diagnostic form of this assessment to fill in offline (zh
 * or en), the import of filled forms into a draft, and the downloads: the results as open data
 * (CSV, JSON) and everything entered (citymaturity/assessment@1). Each part only for those who
 * may use it; nothing at all for others.
 */
export default function ExchangeCard({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation('exchange');
  const { organisationId, id } = assessment;
  const may = (action: string) => assessment.actions.includes(action);
  const draft = assessment.status === 'draft';
  const form = may('assessments.list');
  const importer = draft && may('responses.import');
  const open = importer && assessment.revealedAt === null;
  const results = may('results.view');
  const document = may('assessments.export');
  if (!form && !importer && !results && !document) return null;

  return (
    <section className="cm-section" aria-labelledby="exchange-card-title">
      <Panel className="cm-ex-card">
        <Typography.Title level={2} id="exchange-card-title">
          {t('card.title')}
        </Typography.Title>
        <p className="cm-muted">{t('card.intro')}</p>
        {form && (
          <div className="cm-ex-block">
            <Typography.Title level={3}>{t('card.formTitle')}</Typography.Title>
            <p>{t('card.formIntro')}</p>
            <div className="cm-actions">
              {(['zh', 'en'] as const).map((lang) => (
                <a
                  key={lang}
                  href={assessmentFormHref(organisationId, id, lang)}
                  download
                  className="cm-link-button"
                >
                  <FileExcelOutlined aria-hidden /> {t(`card.form.${lang}`)}
                </a>
              ))}
            </div>
          </div>
        )}
        {open && (
          <Suspense fallback={<p className="cm-muted">{t('common:loading')}</p>}>
            <FormsImport assessment={assessment} />
          </Suspense>
        )}
        {importer && !open && <p className="cm-muted">{t('import.closed')}</p>}
        <PaperResponses assessment={assessment} />
        {(results || document) && (
          <div className="cm-ex-block">
            <Typography.Title level={3}>{t('card.downloadsTitle')}</Typography.Title>
            {results && draft && <p className="cm-muted">{t('card.provisional')}</p>}
            <ul className="cm-plain-list cm-ex-downloads">
              {results && (
                <>
                  <Download
                    href={resultsHref(organisationId, id, 'csv')}
                    name={t('card.resultsCsv')}
                    explanation={t('card.resultsCsvExplain')}
                  />
                  <Download
                    href={resultsHref(organisationId, id, 'json')}
                    name={t('card.resultsJson')}
                    explanation={t('card.resultsJsonExplain')}
                  />
                </>
              )}
              {document && (
                <>
                  <Download
                    href={assessmentDocumentHref(organisationId, id, 'json')}
                    name={t('card.documentJson')}
                    explanation={t('card.documentExplain')}
                  />
                  <Download
                    href={assessmentDocumentHref(organisationId, id, 'yaml')}
                    name={t('card.documentYaml')}
                    explanation={t('card.documentYamlExplain')}
                  />
                </>
              )}
            </ul>
          </div>
        )}
      </Panel>
    </section>
  );
}

/** One download: the link, then what the file is. */
function Download({
  href,
  name,
  explanation,
}: {
  href: string;
  name: string;
  explanation: string;
}) {
  return (
    <li className="cm-ex-download">
      <a href={href} download className="cm-ex-download-link">
        <DownloadOutlined aria-hidden /> {name}
      </a>
      <span className="cm-muted cm-ex-download-explain">{explanation}</span>
    </li>
  );
}
