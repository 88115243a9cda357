import type { ModelIndex } from '@citymaturity/model';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';

/** The maturity model an assessment refers to. */
export function modelOf(ctx: AppContext, modelId: string): ModelIndex {
  const model = ctx.models.get(modelId);
  if (!model) throw new HttpError(400, 'unknown-model');
  return model;
}
