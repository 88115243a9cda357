import type { LocalizedText, Note } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { Bi, NoteList } from './ModelView.js';

/** What a pack is, where its texts come from, how the English was made and who owns the wording. */
export function PackAbout({
  meta,
}: {
  meta: {
    version: string;
    standard: { designation: string; title: LocalizedText; adoptions?: string[] | undefined };
    documents: { id: string; title: LocalizedText; designation: string }[];
    translation: LocalizedText;
    rights: LocalizedText;
    notes?: Note[] | undefined;
  };
}) {
  const { t } = useTranslation('model');
  return (
    <details className="cm-m-about">
      <summary>
        {t('about.title', { designation: meta.standard.designation, version: meta.version })}
      </summary>
      <dl>
        <dt>{t('about.standard')}</dt>
        <dd>
          {meta.standard.designation} <Bi text={meta.standard.title} />
          {meta.standard.adoptions && meta.standard.adoptions.length > 0 && (
            <div className="cm-muted">{meta.standard.adoptions.join('; ')}</div>
          )}
        </dd>
        <dt>{t('about.documents')}</dt>
        <dd>
          <ul>
            {meta.documents.map((d) => (
              <li key={d.id}>
                <strong>{d.designation}</strong> <Bi text={d.title} />
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('about.translation')}</dt>
        <Bi text={meta.translation} as="dd" />
        <dt>{t('about.rights')}</dt>
        <Bi text={meta.rights} as="dd" />
        {meta.notes && meta.notes.length > 0 && (
          <>
            <dt>{t('about.notes')}</dt>
            <dd>
              <NoteList notes={meta.notes} />
            </dd>
          </>
        )}
      </dl>
    </details>
  );
}
