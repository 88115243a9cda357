import type { ModelIndex } from '@citymaturity/model';
import { checkPlan } from '../scoring/plan-checks.js';
import { standardStakeholderGroupIds } from '../stakeholder-groups.js';
import type { AssessmentDocument } from './assessment-schema.js';
import { problem, type ValidationProblem } from './validation-problem.js';

const listLimit = 8;

/**
 * The checks that need the model: the model exists, every rated characteristic is one of its
 * characteristics, levels are within its levels, groups are known, ids are unique; plus
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
          respondent: respondent.id,
          count: unanswered.length,
          ids: shown,
        }),
      );
    }
  });
  if (assessment.method === 'single-stakeholder' && assessment.respondents.length > 1) {
    problems.push(
      problem('warning', ['method'], 'single-stakeholder-with-many', {
        count: assessment.respondents.length,
      }),
    );
  }
  return problems;
}

function numeric(value: number | 'unknown' | null | undefined): number | null {
  return typeof value === 'number' ? value : null;
}
