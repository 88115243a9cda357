import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ComponentTracker } from '../../../api/programme-components.js';
import { formatDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { NativeSelect } from '../../../components/NativeSelect.js';
import { useAssessments } from '../../../components/queries.js';
import { useProgramme } from '../useProgramme.js';

/**
 * Which assessment's gaps the tracker shows (how it was chosen, a link to its results) and a
 * choice of another of the organisation's assessments.
 */
export function AssessmentChooser({
  tracker,
  chosen,
  onChoose,
}: {
  tracker: ComponentTracker | undefined;
  /** The assessment asked for; undefined: the default (latest). */
  chosen: string | undefined;
  onChoose: (assessmentId: string | undefined) => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId } = useProgramme();
  const assessments = useAssessments(organisationId);
  const selectId = useId();
  const assessment = tracker?.assessment;
  const list = assessments.data ?? [];
  return (
    <section aria-labelledby="tracker-assessment" className="cm-pgc-summary">
      <h2 id="tracker-assessment">{t('components.assessment.title')}</h2>
      {tracker &&
        (assessment ? (
          <p>
            {t(`components.assessment.${assessment.selection}`)}{' '}
            <strong>
              {t('components.assessment.line', {
                title: assessment.title,
                date: formatDate(assessment.date, lang),
                status: t(`components.assessment.status.${assessment.status}`),
              })}
            </strong>{' '}
            <Link
              to={`/organisations/${encodeURIComponent(organisationId)}/assessments/${encodeURIComponent(assessment.id)}/results`}
            >
              {t('components.assessment.results')}
            </Link>
          </p>
        ) : (
          <p>{t('components.assessment.none')}</p>
        ))}
      {list.length > 1 && (
        <div className="cm-pgc-field">
          <label htmlFor={selectId}>{t('components.assessment.chooseLabel')}</label>
          <NativeSelect
            id={selectId}
            value={chosen ?? ''}
            onChange={(value) => {
              onChoose(value === '' ? undefined : value);
            }}
            options={[
              { value: '', label: t('components.assessment.latest') },
              ...list.map((a) => ({
                value: a.id,
                label: t('components.assessment.line', {
                  title: a.title,
                  date: formatDate(a.date, lang),
                  status: t(`components.assessment.status.${a.status}`),
                }),
              })),
            ]}
          />
        </div>
      )}
      {tracker && (
        <p className="cm-pg-meta">
          {t('components.assessment.model', {
            id: tracker.model.id,
            version: tracker.model.version,
          })}
        </p>
      )}
    </section>
  );
}
