import { parseAssessmentText, type AssessmentParseResult } from '@citymaturity/core';
import { CliError, exitCodes } from '../cli-error.js';
import { t, type Lang } from '../i18n.js';
import { loadModels, readInputFile } from '../input.js';
import { renderProblems } from '../render/problems.js';
import type { Output } from '../output.js';

/** Reads and validates an assessment file; throws a CliError listing every problem when it has errors. */
export async function readAssessment(file: string, lang: Lang) {
  const text = await readInputFile(file, lang);
  const { packs, models } = await loadModels();
  const result: AssessmentParseResult = parseAssessmentText(text, { models });
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    throw new CliError(
      `${renderProblems(file, result.problems, lang)}\n${t('invalidFile', lang, { file, count: errors })}`,
      exitCodes.badInput,
    );
  }
  const model = models.get(result.assessment.model);
  if (!model) throw new Error(`model ${result.assessment.model} vanished after validation`);
  return { assessment: result.assessment, warnings: result.problems, model, packs };
}

/** `citymaturity validate <file>`: every problem, each with file, line, path and message. */
export async function validateCommand(
  file: string,
  options: { lang: Lang; json?: boolean },
  out: Output,
): Promise<number> {
  const { lang } = options;
  const text = await readInputFile(file, lang);
  const { models } = await loadModels();
  const result = parseAssessmentText(text, { models });
  if (options.json) {
    out.stdout(JSON.stringify({ file, valid: result.ok, problems: result.problems }, null, 2));
    return result.ok ? exitCodes.ok : exitCodes.badInput;
  }
  if (result.problems.length > 0)
    (result.ok ? out.stdout : out.stderr)(renderProblems(file, result.problems, lang));
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    out.stderr(t('invalidFile', lang, { file, count: errors }));
    return exitCodes.badInput;
  }
  out.stdout(
    t('validFile', lang, {
      file,
      respondents: result.assessment.respondents.length,
      warnings: result.problems.length,
    }),
  );
  return exitCodes.ok;
}
