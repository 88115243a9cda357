import { useTranslation } from 'react-i18next';
import type { DocumentProblem } from '../../api/exchange.js';
import { useLang } from '../../components/lang.js';
import { documentPath, sortDocumentProblems } from './exchange-logic.js';

/**
 * The problems of an assessment file, errors first and in the order of their lines: the line (of
 * the text as sent), the path of the value in the document, and the message in the interface
 * language.
 */
export function DocumentProblemsList({ problems }: { problems: readonly DocumentProblem[] }) {
  const { t } = useTranslation('exchange');
  const lang = useLang();
  return (
    <ol className="cm-ex-problem-list">
      {sortDocumentProblems(problems).map((p, i) => {
        const path = documentPath(p);
        const parts = [
          p.line !== undefined ? t('place.line', { line: p.line }) : '',
          path ? t('place.path', { path }) : '',
        ]
          .filter(Boolean)
          .join(t('place.separator'));
        // It starts the line: "Line 5, at method" (no change to Chinese).
        const place = parts.charAt(0).toUpperCase() + parts.slice(1);
        return (
          <li key={`${p.path}-${p.code}-${String(i)}`} className={`cm-ex-${p.severity}`}>
            <span className="cm-ex-severity">{t(`problems.${p.severity}`)}</span>{' '}
            {place && (
              <>
                <strong>{place}</strong>:{' '}
              </>
            )}
            {p.message[lang]}
          </li>
        );
      })}
    </ol>
  );
}
