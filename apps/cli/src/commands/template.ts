import { assessmentTemplate } from '@citymaturity/core';
import { CliError, exitCodes } from '../cli-error.js';
import type { Lang } from '../i18n.js';
import { loadModels } from '../input.js';
import type { Output } from '../output.js';

/** `citymaturity template [--format yaml|json]`: an empty assessment to fill in. */
export async function templateCommand(
  options: { lang: Lang; format: 'yaml' | 'json'; model: string },
  out: Output,
): Promise<number> {
  const { models } = await loadModels();
  const model = models.get(options.model);
  if (!model)
    throw new CliError(
      `model "${options.model}": available ${[...models.keys()].join(', ')}`,
      exitCodes.usage,
    );
  const date = new Date().toISOString().slice(0, 10);
  out.stdout(
    assessmentTemplate(model, { lang: options.lang, format: options.format, date }).trimEnd(),
  );
  return exitCodes.ok;
}
