import { SaveOutlined } from '@ant-design/icons';
import type { ModelIndex } from '@citymaturity/model';
import { Alert, App, Button, Input, Radio, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, put } from '../../api/client.js';
import {
  auditPath,
  auditVerdicts,
  type AuditFinding,
  type AuditProgress,
  type AuditVerdict,
} from '../../api/audit.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import type { Lang } from '../../components/lang.js';
import { draftChanged, draftOf, draftProblem, inputOf, type FindingDraft } from './audit-logic.js';
import { FindingConflict } from './FindingConflict.js';
import { useLevelText } from './useLevelText.js';

const measures = [
  { key: 'adjustedCurrent', measure: 'current' },
  { key: 'adjustedTarget', measure: 'target' },
] as const;

/**
 * The auditor's finding on one characteristic: the verdict (confirmed, adjusted: then the levels
 * the evidence supports and why, insufficient evidence: why), saved from the version shown; when
 * the finding changed meanwhile (another tab), the conflict is shown side by side to resolve.
 */
export function FindingForm({
  organisationId,
  assessmentId,
  characteristicId,
  finding,
  official,
  model,
  lang,
  onSaved,
}: {
  organisationId: string;
  assessmentId: string;
  characteristicId: string;
  finding: AuditFinding | undefined;
  /** The submitted (official) levels, named beside "no change". */
  official: { current: number | null; target: number | null };
  model: ModelIndex;
  lang: Lang;
  onSaved: (finding: AuditFinding | null, progress?: AuditProgress) => void;
}) {
  const { t } = useTranslation('audit');
  const { message } = App.useApp();
  const levelText = useLevelText(model, lang);
  const id = useId();
  // The finding the edit started from: saving names its version (a newer one is a conflict).
  const [base, setBase] = useState<AuditFinding | null>(finding ?? null);
  const [draft, setDraft] = useState<FindingDraft>(() => draftOf(finding));
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [conflict, setConflict] = useState<{ theirs: AuditFinding | null } | undefined>();
  const problem = draftProblem(draft);
  const changed = draftChanged(draft, base);
  const shownProblem = checked ? problem : null;

  const update = (change: Partial<FindingDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
  };

  const save = async (version: number) => {
    setChecked(true);
    if (problem || !draft.verdict) return;
    setBusy(true);
    setError(undefined);
    try {
      const saved = await put<{ finding: AuditFinding; progress: AuditProgress }>(
        `${auditPath(organisationId, assessmentId)}/findings/${encodeURIComponent(characteristicId)}`,
        inputOf({ ...draft, verdict: draft.verdict }, version),
      );
      setConflict(undefined);
      setBase(saved.finding);
      setDraft(draftOf(saved.finding));
      void message.success(t('finding.saved', { id: characteristicId }));
      onSaved(saved.finding, saved.progress);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'audit-finding-conflict')
        setConflict({ theirs: (e.details.current as AuditFinding | null | undefined) ?? null });
      else setError(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  const verdictLabel = `${id}-verdict`;
  const reasonId = `${id}-reason`;
  const reasonRequired = draft.verdict === 'adjusted' || draft.verdict === 'insufficient-evidence';

  return (
    <form
      className="cm-au-block cm-au-finding-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(base?.version ?? 0);
      }}
    >
      <Typography.Title level={3} id={`${id}-title`}>
        {t('finding.title')}
      </Typography.Title>
      <fieldset className="cm-fieldset">
        <legend id={verdictLabel}>{t('finding.verdict')}</legend>
        <Radio.Group
          value={draft.verdict}
          className="cm-au-verdicts"
          aria-labelledby={verdictLabel}
          onChange={(e) => {
            update({ verdict: e.target.value as AuditVerdict });
          }}
        >
          {auditVerdicts.map((v) => (
            <Radio key={v} value={v} className="cm-au-verdict">
              <span className="cm-au-verdict-name">{t(`verdict.${v}`)}</span>
              <span className="cm-au-verdict-help">{t(`verdictHelp.${v}`)}</span>
            </Radio>
          ))}
        </Radio.Group>
        {shownProblem === 'verdict-required' && (
          <p className="cm-au-error" role="alert">
            {t('finding.problems.verdict-required')}
          </p>
        )}
      </fieldset>
      {draft.verdict === 'adjusted' && (
        <>
          <p className="cm-muted">{t('finding.adjustedIntro')}</p>
          {measures.map(({ key, measure }) => (
            <fieldset key={key} className="cm-fieldset">
              <legend id={`${id}-${key}`}>{t(`finding.adjusted.${measure}`)}</legend>
              <Radio.Group
                value={draft[key] ?? 0}
                className="cm-au-level-choice"
                aria-labelledby={`${id}-${key}`}
                onChange={(e) => {
                  const value = e.target.value as number;
                  update({ [key]: value === 0 ? null : value });
                }}
              >
                <Radio value={0}>
                  {t('finding.noChange', { level: levelText(official[measure]) })}
                </Radio>
                {model.pack.levels.map((level) => (
                  <Radio key={level.level} value={level.level}>
                    {t('level.named', { level: level.level, name: level.name[lang] })}
                  </Radio>
                ))}
              </Radio.Group>
            </fieldset>
          ))}
          {shownProblem === 'adjusted-needs-level' && (
            <p className="cm-au-error" role="alert">
              {t('finding.problems.adjusted-needs-level')}
            </p>
          )}
        </>
      )}
      {draft.verdict && (
        <div className="cm-au-field">
          <label htmlFor={reasonId} className="cm-au-label">
            {reasonRequired ? t('finding.reason') : t('finding.note')}
          </label>
          <p id={`${reasonId}-help`} className="cm-muted cm-au-help">
            {t(`finding.reasonHelp.${draft.verdict}`)}
          </p>
          <Input.TextArea
            id={reasonId}
            value={draft.reason}
            autoSize={{ minRows: 3, maxRows: 12 }}
            maxLength={10_000}
            aria-describedby={`${reasonId}-help${shownProblem === 'reason-required' ? ` ${reasonId}-error` : ''}`}
            aria-invalid={shownProblem === 'reason-required'}
            aria-required={reasonRequired}
            onChange={(e) => {
              update({ reason: e.target.value });
            }}
          />
          {shownProblem === 'reason-required' && (
            <p id={`${reasonId}-error`} className="cm-au-error" role="alert">
              {t('finding.problems.reason-required')}
            </p>
          )}
        </div>
      )}
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      {conflict && (
        <FindingConflict
          theirs={conflict.theirs}
          yours={draft}
          levelText={levelText}
          lang={lang}
          busy={busy}
          onTakeTheirs={() => {
            setConflict(undefined);
            setBase(conflict.theirs);
            setDraft(draftOf(conflict.theirs));
            onSaved(conflict.theirs);
          }}
          onOverwrite={() => void save(conflict.theirs?.version ?? 0)}
        />
      )}
      <div className="cm-actions">
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined aria-hidden />}
          loading={busy}
          disabled={conflict !== undefined}
        >
          {t('finding.save')}
        </Button>
        <span className="cm-muted" role="status">
          {changed ? t('finding.unsaved') : base ? t('finding.upToDate') : ''}
        </span>
      </div>
    </form>
  );
}
