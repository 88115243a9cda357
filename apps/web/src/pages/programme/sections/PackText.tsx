import type { Note, Source } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../components/lang.js';
import { clauseText } from '../programme-logic.js';
import { useProgramme } from '../useProgramme.js';

/** The pack's notes on an element (defects of the source, decisions…), folded as "notes on the text". */
export function PackNotes({ notes }: { notes: readonly Note[] | undefined }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  if (!notes || notes.length === 0) return null;
  return (
    <details className="cm-pg-notes">
      <summary>{t('text.notes', { count: notes.length })}</summary>
      <ul>
        {notes.map((note, i) => (
          <li key={i}>
            <span className="cm-pg-note-kind">{t(`text.noteKinds.${note.kind}`)}</span>{' '}
            {note.text[lang]}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Where an element comes from: the document's designation and the clause. */
export function SourceLine({ source }: { source: Source }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { documents } = useProgramme();
  return (
    <p className="cm-pg-source">
      {t('text.source', {
        document: documents.get(source.doc) ?? source.doc,
        ref: clauseText(source.ref, lang),
      })}
    </p>
  );
}

/** A clause reference of the pack, in the interface language. */
export function Clause({ clause }: { clause: string }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  return (
    <span className="cm-pg-clause">{t('text.clause', { clause: clauseText(clause, lang) })}</span>
  );
}
