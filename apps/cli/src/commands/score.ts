import { scoreAssessment } from '@citymaturity/core';
import { exitCodes } from '../cli-error.js';
import type { Lang } from '../i18n.js';
import type { Output } from '../output.js';
import { renderScoreReport } from '../render/score-report.js';
import { readAssessment } from './validate.js';

export interface ScoreCommandOptions {
  lang: Lang;
  json?: boolean;
  top: number;
  minGroupSize: number;
}

/** `citymaturity score <file>`: the readable report, or the whole score as one JSON object. */
export async function scoreCommand(
  file: string,
  options: ScoreCommandOptions,
  out: Output,
): Promise<number> {
  const { assessment, warnings, model, packs } = await readAssessment(file, options.lang);
  const score = scoreAssessment(assessment, model, {
    operatingModel: packs.scom,
    minGroupSize: options.minGroupSize,
  });
  if (options.json) {
    out.stdout(JSON.stringify({ ...score, warnings }, null, 2));
  } else {
    out.stdout(
      renderScoreReport(score, {
        model,
        assessment,
        lang: options.lang,
        top: options.top,
        warnings: warnings.length,
      }),
    );
  }
  return exitCodes.ok;
}
