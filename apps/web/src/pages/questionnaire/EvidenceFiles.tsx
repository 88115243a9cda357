import { DeleteOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Progress } from 'antd';
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session.js';
import type { EvidenceFile } from '../../api/types.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import type { AnswerTarget } from './answer-target.js';
import {
  acceptedFiles,
  filePreProblem,
  fileTypeKey,
  formatFileSize,
  maxUploadMegabytes,
  uploadPercent,
} from './evidence-files-logic.js';
import './evidence-files.css';

interface Upload {
  key: number;
  name: string;
  percent: number;
}

interface Problem {
  key: number;
  message: string;
}

let nextKey = 0;

/**
 * The files of a rating: the list (name, type, size, date, who added it; download and remove) and
 * a real file input (with drag and drop) that sends each chosen file with its progress shown.
 * Problems (too large, wrong type: the server names the file) are listed until dismissed.
 */
export function EvidenceFiles({
  characteristicId,
  files,
  readOnly,
  target,
  onAdded,
  onRemoved,
}: {
  characteristicId: string;
  files: readonly EvidenceFile[];
  readOnly: boolean;
  target: AnswerTarget;
  onAdded: (file: EvidenceFile) => void;
  onRemoved: (evidenceId: string) => void;
}) {
  const { t } = useTranslation('questionnaire');
  const lang = useLang();
  // The installation's limit (CITYMATURITY_MAX_UPLOAD_MB), published with the session.
  const maxMegabytes = useSession().limits?.maxUploadMegabytes ?? maxUploadMegabytes;
  const { modal } = App.useApp();
  const id = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState(false);
  const aborts = useRef(new Set<AbortController>());
  const input = useRef<HTMLInputElement>(null);

  // Leaving the characteristic (or the page) stops the uploads still running.
  useEffect(() => {
    const running = aborts.current;
    return () => {
      for (const controller of running) controller.abort();
    };
  }, [characteristicId]);

  const problem = (message: string) => {
    setProblems((list) => [...list, { key: nextKey++, message }]);
  };

  const send = async (file: File) => {
    const pre = filePreProblem(file, maxMegabytes);
    if (pre) {
      problem(t(`evidence.files.problems.${pre}`, { name: file.name, max: maxMegabytes }));
      return;
    }
    const key = nextKey++;
    const controller = new AbortController();
    aborts.current.add(controller);
    setUploads((list) => [...list, { key, name: file.name, percent: 0 }]);
    setAnnouncement(t('evidence.files.uploading', { name: file.name }));
    try {
      const added = await target.uploadFile(
        characteristicId,
        file,
        (fraction) => {
          setUploads((list) =>
            list.map((u) => (u.key === key ? { ...u, percent: uploadPercent(fraction) } : u)),
          );
        },
        controller.signal,
      );
      onAdded(added);
      setAnnouncement(t('evidence.files.added', { name: added.name }));
    } catch (error) {
      // The problem is announced by its alert; the "sending" announcement is over.
      setAnnouncement('');
      if (!controller.signal.aborted) problem(errorMessage(error, t('common:errors.unknown')));
    } finally {
      aborts.current.delete(controller);
      setUploads((list) => list.filter((u) => u.key !== key));
    }
  };

  const sendAll = async (chosen: readonly File[]) => {
    // One after the other: each gets the whole connection, and the list keeps their order.
    for (const file of chosen) await send(file);
  };

  const remove = async (file: EvidenceFile) => {
    try {
      await target.removeFile(characteristicId, file.id);
      onRemoved(file.id);
      setAnnouncement(t('evidence.files.removed', { name: file.name }));
      // Its button is gone: the focus goes on to the file input, not back to the page's top.
      input.current?.focus();
    } catch (error) {
      problem(errorMessage(error, t('common:errors.unknown')));
    }
  };

  // A dialog (not a popover): it takes the focus, so that the keyboard reaches its buttons.
  const confirmRemove = (file: EvidenceFile) => {
    modal.confirm({
      title: t('evidence.files.removeConfirm', { name: file.name }),
      okText: t('evidence.files.removeOk'),
      cancelText: t('evidence.files.removeCancel'),
      okButtonProps: { danger: true },
      // Enter on the dialog keeps the file: removing it takes a deliberate choice.
      focusable: { autoFocusButton: 'cancel' },
      onOk: () => remove(file),
    });
  };

  const dropProps = readOnly
    ? {}
    : {
        onDragOver: (event: DragEvent) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          setDragging(true);
        },
        onDragLeave: () => {
          setDragging(false);
        },
        onDrop: (event: DragEvent) => {
          event.preventDefault();
          setDragging(false);
          void sendAll([...event.dataTransfer.files]);
        },
      };

  return (
    <div className={`cm-field cm-files${dragging ? ' cm-files-dragging' : ''}`} {...dropProps}>
      <span className="cm-field-label" id={`${id}-files`}>
        {t('evidence.files.title')}
      </span>
      {files.length === 0 ? (
        <p className="cm-field-hint">{t('evidence.files.none')}</p>
      ) : (
        <ul className="cm-plain-list cm-file-list" aria-labelledby={`${id}-files`}>
          {files.map((file) => {
            const owner = target.fileOwner(file.id);
            return (
              <li key={file.id} className="cm-file-item">
                <FileOutlined aria-hidden className="cm-file-icon" />
                <div className="cm-file-text">
                  <a
                    href={target.fileHref(file.id)}
                    download={file.name}
                    className="cm-file-name"
                    aria-label={t('evidence.files.download', { name: file.name })}
                  >
                    {file.name}
                  </a>
                  <span className="cm-file-meta">
                    {[
                      t(`evidence.files.types.${fileTypeKey(file.mediaType)}`),
                      formatFileSize(file.size, lang),
                      formatDateTime(file.createdAt, lang),
                      owner ? t('evidence.files.owner', { name: owner }) : undefined,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </div>
                {!readOnly && (
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('evidence.files.remove', { name: file.name })}
                    onClick={() => {
                      confirmRemove(file);
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}

      {uploads.map((u) => (
        <div key={u.key} className="cm-file-upload">
          <span id={`${id}-upload-${String(u.key)}`}>
            {t('evidence.files.uploadingPercent', { name: u.name, percent: u.percent })}
          </span>
          <Progress
            percent={u.percent}
            size="small"
            showInfo={false}
            aria-labelledby={`${id}-upload-${String(u.key)}`}
          />
        </div>
      ))}

      {problems.map((p) => (
        <Alert
          key={p.key}
          type="error"
          showIcon
          role="alert"
          title={p.message}
          closable={{
            'aria-label': t('evidence.files.dismiss'),
            onClose: () => {
              setProblems((list) => list.filter((x) => x.key !== p.key));
            },
          }}
        />
      ))}

      {!readOnly && (
        <div className="cm-file-pick">
          <input
            id={`${id}-input`}
            ref={input}
            type="file"
            multiple
            accept={acceptedFiles}
            className="cm-visually-hidden cm-file-input"
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              const chosen = [...(event.target.files ?? [])];
              // Cleared, so that choosing the same file again (after a problem) sends it again.
              event.target.value = '';
              void sendAll(chosen);
            }}
          />
          <label htmlFor={`${id}-input`} className="cm-file-button">
            <UploadOutlined aria-hidden /> {t('evidence.files.add')}
          </label>
          <p id={`${id}-hint`} className="cm-field-hint cm-file-hint">
            {t('evidence.files.hint', { max: maxMegabytes })}
          </p>
        </div>
      )}
      <span role="status" className="cm-visually-hidden">
        {announcement}
      </span>
    </div>
  );
}
