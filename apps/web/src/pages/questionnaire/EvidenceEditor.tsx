import { DeleteOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkLink, maxLinks, type LinkProblem } from './questionnaire-logic.js';

/** The evidence of a characteristic: free notes and a list of web links (documents, plans, data). */
export function EvidenceEditor({
  text,
  links,
  readOnly,
  onTextChange,
  onLinksChange,
}: {
  text: string | null;
  links: string[];
  readOnly: boolean;
  onTextChange: (text: string) => void;
  onLinksChange: (links: string[]) => void;
}) {
  const { t } = useTranslation('questionnaire');
  const id = useId();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<LinkProblem | null>(null);

  const add = () => {
    const found = checkLink(draft, links);
    setProblem(found);
    if (found) return;
    onLinksChange([...links, draft.trim()]);
    setDraft('');
  };

  return (
    <div className="cm-evidence">
      <div className="cm-field">
        <label htmlFor={`${id}-notes`} className="cm-field-label">
          {t('evidence.notes')}
        </label>
        <p id={`${id}-notes-hint`} className="cm-field-hint">
          {t('evidence.notesHint')}
        </p>
        <Input.TextArea
          id={`${id}-notes`}
          aria-describedby={`${id}-notes-hint`}
          value={text ?? ''}
          readOnly={readOnly}
          maxLength={10_000}
          autoSize={{ minRows: 3, maxRows: 12 }}
          onChange={(event) => {
            onTextChange(event.target.value);
          }}
        />
      </div>
      <div className="cm-field">
        <span className="cm-field-label" id={`${id}-links`}>
          {t('evidence.links')}
        </span>
        {links.length === 0 ? (
          <p className="cm-field-hint">{t('evidence.noLinks')}</p>
        ) : (
          <ul className="cm-plain-list cm-link-list" aria-labelledby={`${id}-links`}>
            {links.map((link) => (
              <li key={link}>
                <LinkOutlined aria-hidden />{' '}
                <a
                  href={link}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="cm-evidence-link"
                >
                  {link}
                </a>
                {!readOnly && (
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('evidence.removeLink', { link })}
                    onClick={() => {
                      onLinksChange(links.filter((l) => l !== link));
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        {!readOnly && links.length < maxLinks && (
          <div className="cm-add-link">
            <label htmlFor={`${id}-new-link`} className="cm-visually-hidden">
              {t('evidence.newLink')}
            </label>
            <Input
              id={`${id}-new-link`}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={draft}
              status={problem ? 'error' : undefined}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-link-problem` : undefined}
              onChange={(event) => {
                setDraft(event.target.value);
                setProblem(null);
              }}
              onPressEnter={(event) => {
                event.preventDefault();
                add();
              }}
            />
            <Button icon={<PlusOutlined aria-hidden />} onClick={add}>
              {t('evidence.addLink')}
            </Button>
          </div>
        )}
        {problem && (
          <p id={`${id}-link-problem`} className="cm-field-error" role="alert">
            {t(`evidence.problems.${problem}`, { max: maxLinks })}
          </p>
        )}
      </div>
    </div>
  );
}
