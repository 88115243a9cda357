import { UnorderedListOutlined } from '@ant-design/icons';
import type { ModelIndex } from '@citymaturity/model';
import { Alert, Button, Drawer, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Rating } from '../../api/types.js';
import { useLang } from '../../components/lang.js';
import { ProgressLine } from '../../components/ProgressLine.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { withFile, withoutFile, type AnswerTarget } from './answer-target.js';
import { CharacteristicForm } from './CharacteristicForm.js';
import { EvidenceFiles } from './EvidenceFiles.js';
import { Navigator } from './Navigator.js';
import { Pager } from './Pager.js';
import { countAnswered, emptyRating, firstUnanswered } from './questionnaire-logic.js';
import { SaveStatus } from './SaveStatus.js';
import { useAutosave } from './useAutosave.js';

/**
 * One response being answered (or read), wherever it is saved (see {@link AnswerTarget}):
 * navigator, the current characteristic with its evidence and files, autosave.
 */
export function QuestionnaireView({
  index,
  initialRatings,
  readOnly,
  readOnlyNotice,
  target,
  characteristicId,
  top,
  finish,
}: {
  index: ModelIndex;
  initialRatings: Record<string, Rating>;
  readOnly: boolean;
  /** Why the answers cannot change (shown when read-only). */
  readOnlyNotice: ReactNode;
  target: AnswerTarget;
  characteristicId: string | undefined;
  /** The way back and whose answers these are. */
  top: ReactNode;
  /** Where the last page leads, and what to do once everything is answered. */
  finish: { to: string; label?: string; allAnsweredAction?: string };
}) {
  const { t } = useTranslation('questionnaire');
  const lang = useLang();
  const navigate = useNavigate();
  const headingRef = useRef<HTMLElement>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const ids = useMemo(() => index.characteristics.map((c) => c.id), [index]);
  const { linkTo } = target;
  const { ratings, state, update, amend, retry } = useAutosave(initialRatings, target.saveRating);

  const entry = characteristicId ? index.characteristicById.get(characteristicId) : undefined;
  const answered = countAnswered(ids, ratings);
  usePageTitle(entry ? `${entry.id} ${entry.characteristic.name[lang]}` : t('title'));

  // Without a characteristic in the address: resume at the first one not yet answered (reading
  // answers that can no longer change starts at the top).
  useEffect(() => {
    if (characteristicId) return;
    const first = readOnly ? ids[0] : firstUnanswered(ids, initialRatings);
    if (first) void navigate(linkTo(first), { replace: true });
  }, [characteristicId, ids, initialRatings, readOnly, navigate, linkTo]);

  // Moving to another characteristic: start at its top and tell screen readers where we are.
  useEffect(() => {
    if (!characteristicId) return;
    window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [characteristicId]);

  const navigator = (onNavigate?: () => void) => (
    <Navigator
      index={index}
      lang={lang}
      ratings={ratings}
      currentId={entry?.id}
      linkTo={linkTo}
      {...(onNavigate ? { onNavigate } : {})}
    />
  );

  return (
    <div className="cm-page cm-q-page">
      <div className="cm-q-top">
        {top}
        <div className="cm-q-status-row">
          <ProgressLine progress={{ answered, total: ids.length }} />
          {!readOnly && <SaveStatus state={state} onRetry={() => void retry()} />}
          <Button
            className="cm-q-drawer-button"
            icon={<UnorderedListOutlined aria-hidden />}
            aria-expanded={drawerOpen}
            onClick={() => {
              setDrawerOpen(true);
            }}
          >
            {t('navigator.open', { answered, total: ids.length })}
          </Button>
        </div>
        {readOnly && readOnlyNotice}
      </div>
      <div className="cm-q-layout">
        <aside className="cm-q-aside">{navigator()}</aside>
        <div className="cm-q-main">
          {entry ? (
            <>
              <CharacteristicForm
                index={index}
                entry={entry}
                lang={lang}
                rating={ratings[entry.id] ?? emptyRating}
                readOnly={readOnly}
                headingRef={headingRef}
                onAnswer={(question, value) => {
                  update(entry.id, (r) => ({ ...r, [question]: value }), true);
                }}
                onText={(text) => {
                  update(entry.id, (r) => ({ ...r, evidence: { ...r.evidence, text } }), false);
                }}
                onLinks={(links) => {
                  update(entry.id, (r) => ({ ...r, evidence: { ...r.evidence, links } }), true);
                }}
                files={
                  <EvidenceFiles
                    key={entry.id}
                    characteristicId={entry.id}
                    files={ratings[entry.id]?.evidence.files ?? []}
                    readOnly={readOnly}
                    target={target}
                    onAdded={(file) => {
                      amend(entry.id, (r) => withFile(r, file));
                    }}
                    onRemoved={(evidenceId) => {
                      amend(entry.id, (r) => withoutFile(r, evidenceId));
                    }}
                  />
                }
              />
              <Pager
                ids={ids}
                currentId={entry.id}
                ratings={ratings}
                linkTo={linkTo}
                assessmentLink={finish.to}
                readOnly={readOnly}
                {...(finish.label ? { finishLabel: finish.label } : {})}
                {...(finish.allAnsweredAction
                  ? { allAnsweredAction: finish.allAnsweredAction }
                  : {})}
              />
            </>
          ) : characteristicId ? (
            <>
              <Typography.Title level={1}>{t('title')}</Typography.Title>
              <Alert
                type="warning"
                showIcon
                title={t('unknownCharacteristic', { id: characteristicId })}
              />
            </>
          ) : null}
        </div>
      </div>
      <Drawer
        title={t('navigator.label')}
        placement="left"
        open={drawerOpen}
        onClose={() => {
          setDrawerOpen(false);
        }}
        size={320}
      >
        {navigator(() => {
          setDrawerOpen(false);
        })}
      </Drawer>
    </div>
  );
}
