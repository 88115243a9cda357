import { useTranslation } from 'react-i18next';
import type { FormProblem } from '../../api/exchange.js';
import { useLang } from '../../components/lang.js';
import { formProblemPlace, groupFormProblems } from './exchange-logic.js';

/** Where a problem of a form is, in words: "Sheet 诊断表, row 10, column H (cell H10)". */
export function usePlaceText() {
  const { t } = useTranslation('exchange');
  return (problem: FormProblem) => {
    const text = formProblemPlace(problem)
      .map((part) => t(`place.${part.key}`, part.values))
      .join(t('place.separator'));
    // It starts the line: "Sheet 诊断表, row 4 …" (no change to Chinese).
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
}

/**
 * The problems of the forms, file by file in the order they were chosen: errors (which stopped
 * the import) first, then warnings (worth a look, nothing stopped), each with the sheet, row,
 * column and cell it concerns and the message in the interface language.
 */
export function FormProblemsList({
  problems,
  chosen,
  headingLevel = 4,
}: {
  problems: readonly FormProblem[];
  /** The names of the files sent, in order. */
  chosen: readonly string[];
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation('exchange');
  const lang = useLang();
  const place = usePlaceText();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="cm-ex-problem-files">
      {groupFormProblems(problems, chosen).map((group) => (
        <div key={group.file} className="cm-ex-problem-file">
          <Heading className="cm-ex-problem-file-name">
            {group.file}{' '}
            <span className="cm-ex-problem-count">
              {[
                group.errors.length > 0 ? t('problems.errors', { count: group.errors.length }) : '',
                group.warnings.length > 0
                  ? t('problems.warnings', { count: group.warnings.length })
                  : '',
              ]
                .filter(Boolean)
                .join(t('place.separator'))}
            </span>
          </Heading>
          <ol className="cm-ex-problem-list">
            {[...group.errors, ...group.warnings].map((p, i) => (
              <li key={`${p.code}-${p.cell ?? ''}-${String(i)}`} className={`cm-ex-${p.severity}`}>
                <span className="cm-ex-severity">{t(`problems.${p.severity}`)}</span>{' '}
                <strong>{place(p)}</strong>: {p.message[lang]}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
