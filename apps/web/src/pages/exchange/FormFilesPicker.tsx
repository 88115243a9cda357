import { DeleteOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../components/lang.js';
import { formatFileSize } from '../questionnaire/evidence-files-logic.js';
import { acceptedForms, addChosen, formLimits, type ChosenFormsCheck } from './exchange-logic.js';
import './exchange.css';

/**
 * The filled forms to import: a real file input (several at once) that also takes files dropped
 * on it, and the list of chosen files (name, size, what is wrong with it; remove one). The
 * problems come from {@link checkChosenForms}: nothing is sent while there is one.
 */
export function FormFilesPicker({
  files,
  onChange,
  check,
  disabled = false,
  oneOnly = false,
  label,
}: {
  files: readonly File[];
  onChange: (files: File[]) => void;
  check: ChosenFormsCheck;
  disabled?: boolean;
  oneOnly?: boolean;
  label: string;
}) {
  const { t } = useTranslation('exchange');
  const lang = useLang();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const add = (chosen: File[]) => {
    if (chosen.length === 0) return;
    const next = addChosen(files, chosen);
    onChange(next);
    setAnnouncement(t('picker.added', { count: next.length - files.length }));
  };

  const remove = (index: number) => {
    const file = files[index];
    onChange(files.filter((_, i) => i !== index));
    if (file) setAnnouncement(t('picker.removed', { name: file.name }));
    // Its button is gone: the focus goes to the file input, not back to the top of the page.
    input.current?.focus();
  };

  const dropProps = disabled
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
          add([...event.dataTransfer.files]);
        },
      };

  return (
    <div className={`cm-ex-picker${dragging ? ' cm-ex-picker-dragging' : ''}`} {...dropProps}>
      <div className="cm-ex-pick">
        <input
          id={`${id}-input`}
          ref={input}
          type="file"
          multiple={!oneOnly}
          accept={acceptedForms}
          disabled={disabled}
          className="cm-visually-hidden cm-ex-file-input"
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            const chosen = [...(event.target.files ?? [])];
            // Cleared, so that the same file can be chosen again after it was removed.
            event.target.value = '';
            add(chosen);
          }}
        />
        <label
          htmlFor={`${id}-input`}
          className={`cm-ex-file-button${disabled ? ' cm-ex-file-button-disabled' : ''}`}
        >
          <UploadOutlined aria-hidden /> {label}
        </label>
        <p id={`${id}-hint`} className="cm-muted cm-ex-hint">
          {oneOnly
            ? t('picker.hintOne', { megabytes: formLimits.megabytes })
            : t('picker.hint', { files: formLimits.files, megabytes: formLimits.megabytes })}
        </p>
      </div>
      {files.length > 0 && (
        <>
          <p className="cm-ex-chosen-title" id={`${id}-chosen`}>
            {t('picker.chosen', { count: files.length })}
          </p>
          <ul className="cm-plain-list cm-ex-chosen" aria-labelledby={`${id}-chosen`}>
            {files.map((file, index) => {
              const problem = check.files[index];
              return (
                <li key={`${file.name}-${String(index)}`} className="cm-ex-chosen-item">
                  <FileExcelOutlined aria-hidden className="cm-ex-file-icon" />
                  <span className="cm-ex-chosen-text">
                    <span className="cm-ex-file-name">{file.name}</span>{' '}
                    <span className="cm-muted">· {formatFileSize(file.size, lang)}</span>
                    {problem && (
                      <span className="cm-ex-chosen-problem">
                        {t(`picker.problems.${problem}`, { megabytes: formLimits.megabytes })}
                      </span>
                    )}
                  </span>
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined aria-hidden />}
                    disabled={disabled}
                    aria-label={t('picker.remove', { name: file.name })}
                    onClick={() => {
                      remove(index);
                    }}
                  />
                </li>
              );
            })}
          </ul>
        </>
      )}
      {check.list && (
        <p className="cm-ex-chosen-problem">
          {check.list.code === 'too-many'
            ? t('picker.tooMany', { max: check.list.max, count: files.length })
            : t('picker.oneOnly')}
        </p>
      )}
      <span role="status" className="cm-visually-hidden">
        {announcement}
      </span>
    </div>
  );
}
