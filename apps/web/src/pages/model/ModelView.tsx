import type { LocalizedText, Note, Source } from '@citymaturity/model';
import { Tag } from 'antd';
import { createContext, useContext, type ElementType } from 'react';
import { useTranslation } from 'react-i18next';
import { langTag, otherLang, type Lang } from '../../components/lang.js';
import { highlightParts, matches } from './search.js';

/** How the model browser shows texts: the language, whether the other one is shown too, the search. */
export interface ModelView {
  lang: Lang;
  showOther: boolean;
  terms: readonly string[];
  /** Designation of each source document of the pack being shown, by id. */
  documents: ReadonlyMap<string, string>;
}

export const ModelViewContext = createContext<ModelView>({
  lang: 'zh',
  showOther: false,
  terms: [],
  documents: new Map(),
});

export function useModelView(): ModelView {
  return useContext(ModelViewContext);
}

/** The texts a search looks in: the interface language, and the other one when it is shown. */
export function searchTexts(
  view: ModelView,
  texts: readonly (LocalizedText | undefined)[],
): string[] {
  const langs: Lang[] = view.showOther ? [view.lang, otherLang(view.lang)] : [view.lang];
  return texts.flatMap((text) => (text ? langs.map((l) => text[l]) : []));
}

/** True when the element matches the search (by its ids or its texts). */
export function useMatcher(): (
  ids: readonly string[],
  texts: readonly (LocalizedText | undefined)[],
) => boolean {
  const view = useModelView();
  return (ids, texts) => matches(view.terms, ids, searchTexts(view, texts));
}

/** Plain text with the search terms marked. */
export function Hl({ text }: { text: string }) {
  const { terms } = useModelView();
  return (
    <>
      {highlightParts(text, terms).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}

/** A pack text in the interface language, with the other language below it when asked for. */
export function Bi({
  text,
  as: Element = 'span',
  className,
}: {
  text: LocalizedText;
  as?: ElementType;
  className?: string;
}) {
  const view = useModelView();
  const other = otherLang(view.lang);
  return (
    <Element className={className}>
      <Hl text={text[view.lang]} />
      {view.showOther && (
        <span className="cm-m-other" lang={langTag(other)}>
          <Hl text={text[other]} />
        </span>
      )}
    </Element>
  );
}

/** Where an element comes from: document and clause. */
export function SourceLine({ source }: { source: Source }) {
  const { t } = useTranslation('model');
  const { documents } = useModelView();
  return (
    <p className="cm-m-source">
      {t('source', { document: documents.get(source.doc) ?? source.doc, ref: source.ref })}
    </p>
  );
}

const noteColours = {
  'seed-defect': 'red',
  decision: 'blue',
  derived: 'purple',
  editorial: 'default',
} as const;

/** Notes on an element: defects of the source, decisions taken, derived and editorial changes. */
export function NoteList({ notes }: { notes: readonly Note[] | undefined }) {
  const { t } = useTranslation('model');
  if (!notes || notes.length === 0) return null;
  return (
    <ul className="cm-m-notes">
      {notes.map((note, i) => (
        <li key={i}>
          <Tag color={noteColours[note.kind]}>{t(`noteKinds.${note.kind}`)}</Tag>
          <Bi text={note.text} />
        </li>
      ))}
    </ul>
  );
}
