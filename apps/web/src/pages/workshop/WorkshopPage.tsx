import { FullscreenExitOutlined, FullscreenOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { useMaturityModelQuery } from '../../api/model.js';
import { useStakeholderGroups } from '../../api/stakeholders.js';
import { memberWorkshopSource, setFocus, workshopQueryKey } from '../../api/workshop.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.js';
import { useLang } from '../../components/lang.js';
import { useMembership } from '../../components/queries.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import { CharacteristicOverview } from './CharacteristicOverview.js';
import { ConsensusEditor } from './ConsensusEditor.js';
import { ConsensusEvidenceForm } from './ConsensusEvidenceForm.js';
import { FocusBar } from './FocusBar.js';
import { groupNamer } from './group-names.js';
import { SubmitPanel } from './SubmitPanel.js';
import { useWorkshop } from './useWorkshop.js';
import { WorkshopBoard } from './WorkshopBoard.js';
import './workshop.css';
import './facilitator.css';

/** Whether the projector part is shown full screen, and a toggle (absent where the browser cannot). */
function useFullScreen(element: RefObject<HTMLElement | null>) {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const sync = () => {
      setOn(document.fullscreenElement !== null && document.fullscreenElement === element.current);
    };
    document.addEventListener('fullscreenchange', sync);
    return () => {
      document.removeEventListener('fullscreenchange', sync);
    };
  }, [element]);
  const supported = typeof document !== 'undefined' && document.fullscreenEnabled;
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void element.current?.requestFullscreen();
  };
  return { supported, on, toggle };
}

/**
 * The facilitated workshop of an assessment: the projector view of the characteristic the
 * workshop is on (every participant's screen follows it live) and, for the facilitator, the
 * controls: move the focus, record the consensus (with conflict resolution), add evidence to it,
 * see every characteristic's status, and submit once all are agreed.
 */
export default function WorkshopPage() {
  const { t } = useTranslation('workshop');
  const lang = useLang();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { organisationId = '', assessmentId = '' } = useParams();
  const source = useMemo(
    () => memberWorkshopSource(organisationId, assessmentId),
    [organisationId, assessmentId],
  );
  const { query, live } = useWorkshop(source);
  const model = useMaturityModelQuery();
  const groups = useStakeholderGroups(organisationId);
  const membership = useMembership(organisationId);
  const projector = useRef<HTMLDivElement>(null);
  const fullScreen = useFullScreen(projector);
  const [moving, setMoving] = useState(false);
  const state = query.data;
  usePageTitle(state ? t('pageTitle', { title: state.assessment.title }) : t('eyebrow'));

  const back = `/organisations/${organisationId}/assessments/${assessmentId}`;
  const refresh = () => void client.invalidateQueries({ queryKey: workshopQueryKey(source) });

  if (query.isError || model.isError) {
    const error = query.error ?? model.error;
    const notWorkshop = error instanceof ApiError && error.code === 'workshop-not-facilitated';
    return (
      <div className="cm-page">
        <Link to={back}>{t('back')}</Link>
        <Typography.Title level={1}>{t('eyebrow')}</Typography.Title>
        <ErrorAlert
          error={error}
          title={notWorkshop ? t('notWorkshop') : t('loadError')}
          onRetry={
            notWorkshop
              ? undefined
              : () => {
                  void query.refetch();
                  void model.refetch();
                }
          }
        />
      </div>
    );
  }
  if (!state || !model.data) return <PageFallback />;

  const index = model.data.index;
  const groupName = groupNamer(groups.data, lang);
  const focusData = state.focus ? state.characteristics[state.focus] : undefined;

  const move = async (characteristicId: string | null) => {
    setMoving(true);
    try {
      await setFocus(organisationId, assessmentId, characteristicId);
      refresh();
    } catch (error) {
      void message.error(errorMessage(error, t('common:errors.unknown')));
    } finally {
      setMoving(false);
    }
  };

  return (
    <div className="cm-page cm-w-page">
      <div>
        <Link to={back} className="cm-back-link">
          {t('back')}
        </Link>
        <p className="cm-w-eyebrow">
          {state.facilitator ? t('eyebrowFacilitator') : t('eyebrowFollower')}
        </p>
        <Typography.Title level={1} className="cm-w-title">
          {state.assessment.title}
        </Typography.Title>
        <p className="cm-muted">{state.facilitator ? t('introFacilitator') : t('introFollower')}</p>
      </div>
      <div ref={projector} className={`cm-w-projector${fullScreen.on ? ' cm-w-fullscreen' : ''}`}>
        <div className="cm-w-toolbar">
          {state.facilitator && (
            <FocusBar
              state={state}
              model={index}
              lang={lang}
              moving={moving}
              onMove={(id) => void move(id)}
            />
          )}
          {fullScreen.supported && (
            <Button
              className="cm-w-fullscreen-button"
              icon={
                fullScreen.on ? (
                  <FullscreenExitOutlined aria-hidden />
                ) : (
                  <FullscreenOutlined aria-hidden />
                )
              }
              onClick={fullScreen.toggle}
            >
              {fullScreen.on ? t('fullScreen.exit') : t('fullScreen.enter')}
            </Button>
          )}
        </div>
        <WorkshopBoard state={state} live={live} model={index} lang={lang} groupName={groupName} />
      </div>
      {state.facilitator && (
        <>
          {state.focus && focusData && (
            <div className="cm-section cm-w-facilitator">
              <ConsensusEditor
                key={state.focus}
                organisationId={organisationId}
                assessmentId={assessmentId}
                characteristicId={state.focus}
                data={focusData}
                levels={index.pack.levels}
                lang={lang}
                disabled={!state.open}
                onChanged={refresh}
              />
              <ConsensusEvidenceForm
                key={`evidence-${state.focus}`}
                organisationId={organisationId}
                assessmentId={assessmentId}
                characteristicId={state.focus}
                disabled={!state.open}
                onAdded={refresh}
              />
            </div>
          )}
          <CharacteristicOverview
            state={state}
            model={index}
            lang={lang}
            moving={moving}
            onMove={(id) => void move(id)}
          />
          <SubmitPanel
            state={state}
            organisationId={organisationId}
            assessmentId={assessmentId}
            maySubmit={membership?.actions.includes('assessments.submit') ?? false}
            onSubmitted={refresh}
          />
        </>
      )}
    </div>
  );
}
