import type { RoadmapComparisonStatus } from '@citymaturity/core';
import { Alert, Checkbox, Tag } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMaturityModel } from '../../../api/model.js';
import type { CharacteristicComparison, Roadmap } from '../../../api/programme-roadmap.js';
import { DataTable } from '../../../components/DataTable.js';
import { NativeSelect } from '../../../components/NativeSelect.js';
import { formatDate, formatNumber } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { assessmentPath, useAssessments, useMembership } from '../../../components/queries.js';
import { useProgramme } from '../useProgramme.js';
import {
  comparedCharacteristics,
  comparisonStatusOrder,
  formatLevel,
  reachedOnlyAfterHorizon,
} from './roadmap-logic.js';

/** A mark and a colour per status (the status is always written out too). */
const statusLook: Record<RoadmapComparisonStatus, { mark: string; colour: string }> = {
  'not-on-roadmap': { mark: '✗', colour: 'red' },
  'roadmap-below-target': { mark: '▼', colour: 'orange' },
  'roadmap-only': { mark: '+', colour: 'purple' },
  'roadmap-above-target': { mark: '▲', colour: 'blue' },
  matches: { mark: '=', colour: 'green' },
  'not-planned': { mark: '·', colour: 'default' },
};

export function ComparisonStatus({ status }: { status: RoadmapComparisonStatus }) {
  const { t } = useTranslation('programme');
  const look = statusLook[status];
  return (
    <Tag color={look.colour}>
      <span aria-hidden>{look.mark} </span>
      {t(`roadmap.status.${status}`)}
    </Tag>
  );
}

/** The assessment chooser: the latest submitted one by default, or any of the organisation's. */
function AssessmentChooser({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId } = useProgramme();
  const assessments = useAssessments(organisationId);
  const id = useId();
  return (
    <div className="cm-rm-chooser">
      <label htmlFor={id}>{t('roadmap.compareWith')}</label>
      <NativeSelect
        id={id}
        value={value}
        onChange={onChange}
        options={[
          { value: '', label: t('roadmap.latestSubmitted') },
          ...(assessments.data ?? []).map((a) => ({
            value: a.id,
            label: t('roadmap.assessmentOption', {
              title: a.title,
              date: formatDate(a.date, lang),
              status: t(`roadmap.assessmentStatus.${a.status}`),
            }),
          })),
        ]}
      />
    </div>
  );
}

/**
 * The roadmap's target levels against an assessment's two-year targets (ISO/TS 37107: the level
 * planned in two years), characteristic by characteristic: the counts per status, how a status is
 * decided, and the table (characteristics no one plans to raise hidden unless asked for); the
 * initiatives ending after the horizon listed.
 */
export function RoadmapComparisonSection({
  roadmap,
  assessmentId,
  onChooseAssessment,
  updating,
}: {
  roadmap: Roadmap;
  assessmentId: string;
  onChooseAssessment: (id: string) => void;
  updating: boolean;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId } = useProgramme();
  const model = useMaturityModel();
  const canList = useMembership(organisationId)?.actions.includes('assessments.list') ?? false;
  const [showAll, setShowAll] = useState(false);
  const { assessment, comparison } = roadmap;
  const rows = comparison ? comparedCharacteristics(comparison.characteristics, !showAll) : [];
  const name = (id: string) => model?.index.characteristicById.get(id)?.characteristic.name[lang];

  return (
    <section
      aria-labelledby="roadmap-comparison"
      aria-busy={updating || undefined}
      className="cm-section cm-pg-stack"
    >
      <h2 id="roadmap-comparison">{t('roadmap.comparisonTitle')}</h2>
      <p className="cm-pg-text">{t('roadmap.comparisonIntro')}</p>
      {canList && <AssessmentChooser value={assessmentId} onChange={onChooseAssessment} />}
      {!assessment || !comparison ? (
        <Alert type="info" showIcon title={t('roadmap.noAssessment')} />
      ) : (
        <>
          <p className="cm-rm-compared">
            {t(
              assessment.chosen === 'requested'
                ? 'roadmap.comparedChosen'
                : 'roadmap.comparedLatest',
            )}{' '}
            <Link to={`${assessmentPath(organisationId, assessment.id)}/results`}>
              {assessment.title}
            </Link>{' '}
            {t('roadmap.comparedFacts', {
              date: formatDate(assessment.date, lang),
              status: t(`roadmap.assessmentStatus.${assessment.status}`),
            })}
            {comparison.horizon && (
              <> {t('roadmap.horizon', { date: formatDate(comparison.horizon, lang) })}</>
            )}
          </p>
          <ul className="cm-plain-list cm-rm-counts" aria-label={t('roadmap.countsLabel')}>
            {comparisonStatusOrder.map((status) => (
              <li key={status}>
                <ComparisonStatus status={status} />{' '}
                <strong>{formatNumber(comparison.counts[status], lang)}</strong>
              </li>
            ))}
          </ul>
          <details className="cm-pg-notes cm-rm-how">
            <summary>{t('roadmap.howToRead')}</summary>
            <p>{t('roadmap.comparisonExplained')}</p>
            <ul>
              {comparisonStatusOrder.map((status) => (
                <li key={status}>
                  <ComparisonStatus status={status} /> {t(`roadmap.statusExplained.${status}`)}
                </li>
              ))}
            </ul>
          </details>
          {comparison.unknownCharacteristics.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={t('roadmap.unknownCharacteristics', {
                ids: comparison.unknownCharacteristics.join(', '),
              })}
            />
          )}
          <Checkbox
            checked={showAll}
            onChange={(event) => {
              setShowAll(event.target.checked);
            }}
          >
            {t('roadmap.showNotPlanned', { count: comparison.counts['not-planned'] })}
          </Checkbox>
          <div className="cm-rm-comparison-table">
            <DataTable<CharacteristicComparison>
              labelledBy="roadmap-comparison"
              rows={rows}
              rowKey={(c) => c.characteristicId}
              empty={t('roadmap.comparisonEmpty')}
              columns={[
                {
                  key: 'characteristic',
                  rowHeader: true,
                  title: t('roadmap.columns.characteristic'),
                  render: (c) => (
                    <>
                      <span className="cm-pg-code">{c.characteristicId}</span>{' '}
                      {name(c.characteristicId)}
                    </>
                  ),
                },
                {
                  key: 'current',
                  align: 'right',
                  title: t('roadmap.columns.current'),
                  render: (c) => formatLevel(c.current, lang),
                },
                {
                  key: 'target',
                  align: 'right',
                  title: t('roadmap.columns.target'),
                  render: (c) => formatLevel(c.target, lang),
                },
                {
                  key: 'roadmap',
                  align: 'right',
                  title: t('roadmap.columns.roadmapLevel'),
                  render: (c) => formatLevel(c.roadmapLevel, lang),
                },
                {
                  key: 'byHorizon',
                  align: 'right',
                  title: t('roadmap.columns.byHorizon'),
                  render: (c) => formatLevel(c.levelByHorizon, lang),
                },
                {
                  key: 'status',
                  title: t('roadmap.columns.status'),
                  render: (c) => (
                    <>
                      <ComparisonStatus status={c.status} />
                      {reachedOnlyAfterHorizon(c) && (
                        <span className="cm-rm-flag">{t('roadmap.onlyAfterHorizon')}</span>
                      )}
                      {c.alreadyReached && (
                        <span className="cm-rm-note">{t('roadmap.alreadyReached')}</span>
                      )}
                    </>
                  ),
                },
                {
                  key: 'initiatives',
                  title: t('roadmap.columns.initiatives'),
                  render: (c) =>
                    c.initiatives.length === 0 ? (
                      t('workspaceEdit.none')
                    ) : (
                      <ul className="cm-rm-cell-list">
                        {c.initiatives.map((i) => (
                          <li key={i.initiativeId}>
                            {i.title} → {t('roadmap.toLevel', { level: i.targetLevel })}
                            {i.beyondHorizon && (
                              <span className="cm-rm-flag">
                                {t('roadmap.endsAfterHorizon', {
                                  date: formatDate(i.endsOn, lang),
                                })}
                              </span>
                            )}
                          </li>
                        ))}
                      </ul>
                    ),
                },
              ]}
            />
          </div>
          {comparison.initiativesBeyondHorizon.length > 0 && (
            <>
              <h3>{t('roadmap.beyondTitle')}</h3>
              <p className="cm-pg-text">{t('roadmap.beyondIntro')}</p>
              <ul>
                {comparison.initiativesBeyondHorizon.map((i) => (
                  <li key={i.initiativeId}>
                    {i.title} — {t('roadmap.endsOn', { date: formatDate(i.endsOn, lang) })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
