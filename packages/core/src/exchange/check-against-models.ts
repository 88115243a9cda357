import type { ModelIndex } from '@citymaturity/model';
import { usesConsensus } from '../assessment/methods.js';
import { checkPlan } from '../scoring/plan-checks.js';
import { standardStakeholderGroupIds } from '../stakeholder-groups.js';
import type { AssessmentDocument } from './assessment-schema.js';
import { problem, type ValidationProblem } from './validation-problem.js';

const listLimit = 8;

/**
 * The checks that need the model: the model exists, every rated characteristic is one of its
 * characteristics, levels are within its levels, groups are known, ids are unique, a consensus
 * comes only with a facilitated workshop and names only the model's characteristics; plus
 * warnings for plan flags and unanswered characteristics.
 */
export function checkAgainstModels(
  assessment: AssessmentDocument,
  models: ReadonlyMap<string, ModelIndex>,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const model = models.get(assessment.model);
  if (!model) {
    problems.push(
      problem('error', ['model'], 'unknown-model', {
        model: assessment.model,
        available: [...models.keys()].join(', '),
      }),
    );
  }

  const declared = new Set<string>();
  assessment.groups?.forEach((group, i) => {
    if (declared.has(group.id))
      problems.push(problem('error', ['groups', i, 'id'], 'duplicate-group', { id: group.id }));
    declared.add(group.id);
  });
  const allowedGroups = new Set<string>([...standardStakeholderGroupIds, ...declared]);

  const firstIndex = new Map<string, number>();
  const maxLevel = model?.levels.length ?? 5;
  assessment.respondents.forEach((respondent, r) => {
    const first = firstIndex.get(respondent.id);
    if (first !== undefined) {
      problems.push(
        problem('error', ['respondents', r, 'id'], 'duplicate-respondent', {
          id: respondent.id,
          first: `respondents[${String(first)}]`,
        }),
      );
    } else firstIndex.set(respondent.id, r);
    if (respondent.group !== undefined && !allowedGroups.has(respondent.group)) {
      problems.push(
        problem('error', ['respondents', r, 'group'], 'unknown-group', {
          group: respondent.group,
          allowed: [...allowedGroups].join(', '),
        }),
      );
    }
    if (!model) return;
    for (const [id, rating] of Object.entries(respondent.ratings)) {
      if (!model.characteristicById.has(id)) {
        const ids = model.characteristics;
        problems.push(
          problem('error', ['respondents', r, 'ratings', id], 'unknown-characteristic', {
            id,
            model: model.pack.meta.id,
            first: ids[0]?.id ?? '',
            last: ids[ids.length - 1]?.id ?? '',
          }),
        );
        continue;
      }
      for (const measure of ['current', 'target'] as const) {
        const value = rating[measure];
        if (typeof value === 'number' && value > maxLevel) {
          problems.push(
            problem('error', ['respondents', r, 'ratings', id, measure], 'level', {
              found: value,
              max: maxLevel,
            }),
          );
        }
      }
      const flag = checkPlan(numeric(rating.current), numeric(rating.target));
      if (flag) {
        problems.push(
          problem('warning', ['respondents', r, 'ratings', id], flag, {
            characteristic: id,
            current: String(rating.current),
            target: String(rating.target),
          }),
        );
      }
    }
    const unanswered = model.characteristics
      .filter((c) => {
        const rating = respondent.ratings[c.id];
        return rating?.current === undefined || rating.current === null;
      })
      .map((c) => c.id);
    if (unanswered.length > 0) {
      const shown =
        unanswered.slice(0, listLimit).join(', ') + (unanswered.length > listLimit ? ', …' : '');
      problems.push(
        problem('warning', ['respondents', r], 'unrated-characteristics', {
          // Named as people know it (its name, e.g. the name on a form); an exported respondent's
          // id is a UUID. The id stays in the parameters.
          respondent: respondent.name ?? respondent.id,
          respondentId: respondent.id,
          count: unanswered.length,
          ids: shown,
        }),
      );
    }
  });
  if (assessment.consensus) problems.push(...checkConsensus(assessment, model, maxLevel));
  if (assessment.method === 'single-stakeholder' && assessment.respondents.length > 1) {
    problems.push(
      problem('warning', ['method'], 'single-stakeholder-with-many', {
        count: assessment.respondents.length,
      }),
    );
  }
  return problems;
}

/**
 * The consensus of a facilitated workshop: only with that method (any other method has no
 * workshop to agree it), every key a characteristic of the model, levels within the model's;
 * plan flags as warnings, as for ratings.
 */
function checkConsensus(
  assessment: AssessmentDocument,
  model: ModelIndex | undefined,
  maxLevel: number,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (!usesConsensus(assessment.method)) {
    problems.push(
      problem('error', ['consensus'], 'consensus-without-workshop', {
        method: assessment.method,
      }),
    );
  }
  if (!model) return problems;
  for (const [id, item] of Object.entries(assessment.consensus ?? {})) {
    if (!model.characteristicById.has(id)) {
      const ids = model.characteristics;
      problems.push(
        problem('error', ['consensus', id], 'unknown-characteristic', {
          id,
          model: model.pack.meta.id,
          first: ids[0]?.id ?? '',
          last: ids[ids.length - 1]?.id ?? '',
        }),
      );
      continue;
    }
    for (const measure of ['current', 'target'] as const) {
      const value = item[measure];
      if (typeof value === 'number' && value > maxLevel)
        problems.push(
          problem('error', ['consensus', id, measure], 'level', { found: value, max: maxLevel }),
        );
    }
    const flag = checkPlan(numeric(item.current), numeric(item.target));
    if (flag) {
      problems.push(
        problem('warning', ['consensus', id], flag, {
          characteristic: id,
          current: String(item.current),
          target: String(item.target),
        }),
      );
    }
  }
  return problems;
}

function numeric(value: number | 'unknown' | null | undefined): number | null {
  return typeof value === 'number' ? value : null;
}
