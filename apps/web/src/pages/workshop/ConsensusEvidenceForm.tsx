import { PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Input } from 'antd';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addConsensusEvidence } from '../../api/workshop.js';
import { errorMessage } from '../../components/ErrorAlert.js';

/**
 * Adds evidence to the consensus item of the focus characteristic: a note, a web address or a
 * file (PDF, images, office documents; the server checks the type by content and the size). The
 * evidence list of the projector view shows what was added.
 */
export function ConsensusEvidenceForm({
  organisationId,
  assessmentId,
  characteristicId,
  disabled,
  onAdded,
}: {
  organisationId: string;
  assessmentId: string;
  characteristicId: string;
  disabled: boolean;
  onAdded: () => void;
}) {
  const { t } = useTranslation('workshop');
  const { message } = App.useApp();
  const id = useId();
  const [note, setNote] = useState('');
  const [link, setLink] = useState('');
  const [busy, setBusy] = useState<'text' | 'link' | 'file'>();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState('');

  const add = async (
    kind: 'text' | 'link' | 'file',
    body: { kind: 'text' | 'link'; body: string } | FormData,
    reset: () => void,
  ) => {
    setBusy(kind);
    try {
      await addConsensusEvidence(organisationId, assessmentId, characteristicId, body);
      reset();
      void message.success(t('addEvidence.added'));
      onAdded();
    } catch (error) {
      void message.error(errorMessage(error, t('common:errors.unknown')));
    } finally {
      setBusy(undefined);
    }
  };

  const addFile = () => {
    const file = fileInput.current?.files?.[0];
    if (!file) {
      void message.error(t('addEvidence.chooseFile'));
      return;
    }
    const form = new FormData();
    form.append('file', file, file.name);
    void add('file', form, () => {
      if (fileInput.current) fileInput.current.value = '';
      setFileName('');
    });
  };

  return (
    <details className="cm-w-details cm-w-add-evidence">
      <summary>{t('addEvidence.title')}</summary>
      <p className="cm-muted">{t('addEvidence.intro')}</p>
      <div className="cm-w-field">
        <label htmlFor={`${id}-note`} className="cm-w-label">
          {t('addEvidence.note')}
        </label>
        <Input.TextArea
          id={`${id}-note`}
          value={note}
          maxLength={10_000}
          autoSize={{ minRows: 2, maxRows: 6 }}
          disabled={disabled}
          onChange={(e) => {
            setNote(e.target.value);
          }}
        />
        <Button
          icon={<PlusOutlined aria-hidden />}
          disabled={disabled || note.trim() === ''}
          loading={busy === 'text'}
          onClick={() =>
            void add('text', { kind: 'text', body: note.trim() }, () => {
              setNote('');
            })
          }
        >
          {t('addEvidence.addNote')}
        </Button>
      </div>
      <div className="cm-w-field">
        <label htmlFor={`${id}-link`} className="cm-w-label">
          {t('addEvidence.link')}
        </label>
        <Input
          id={`${id}-link`}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={link}
          maxLength={2000}
          disabled={disabled}
          onChange={(e) => {
            setLink(e.target.value);
          }}
        />
        <Button
          icon={<PlusOutlined aria-hidden />}
          disabled={disabled || link.trim() === ''}
          loading={busy === 'link'}
          onClick={() =>
            void add('link', { kind: 'link', body: link.trim() }, () => {
              setLink('');
            })
          }
        >
          {t('addEvidence.addLink')}
        </Button>
      </div>
      <div className="cm-w-field">
        <label htmlFor={`${id}-file`} className="cm-w-label">
          {t('addEvidence.file')}
        </label>
        <p id={`${id}-file-hint`} className="cm-muted">
          {t('addEvidence.fileHint')}
        </p>
        <input
          id={`${id}-file`}
          ref={fileInput}
          type="file"
          className="cm-w-file-input"
          aria-describedby={`${id}-file-hint`}
          disabled={disabled}
          onChange={(e) => {
            setFileName(e.target.files?.[0]?.name ?? '');
          }}
        />
        <Button
          icon={<PaperClipOutlined aria-hidden />}
          disabled={disabled || fileName === ''}
          loading={busy === 'file'}
          onClick={addFile}
        >
          {t('addEvidence.addFile')}
        </Button>
      </div>
    </details>
  );
}
