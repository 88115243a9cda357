import { modelDiagnosticForm } from '@citymaturity/server';
import { writeFile } from 'node:fs/promises';
import { CliError, exitCodes } from '../cli-error.js';
import type { Lang } from '../i18n.js';
import { loadModels } from '../input.js';
import type { Output } from '../output.js';
import { x } from './exchange-strings.js';

/** `citymaturity form --lang zh|en -o form.xlsx`: the blank Annex A diagnostic form as XLSX. */
export async function formCommand(
  options: { lang: Lang; model: string; output: string },
  out: Output,
): Promise<number> {
  const { models } = await loadModels();
  const model = models.get(options.model);
  if (!model)
    throw new CliError(
      `model "${options.model}": available ${[...models.keys()].join(', ')}`,
      exitCodes.usage,
    );
  const content = await modelDiagnosticForm(model, options.lang);
  await writeFile(options.output, content);
  out.stderr(x('formWritten', options.lang, { file: options.output, bytes: content.length }));
  return exitCodes.ok;
}
