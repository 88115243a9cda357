import type { PackProblem } from '../problems.js';
import type { MaturityModelPack } from '../schema/maturity-model-pack.js';
import { checkSourceDocuments, checkUnique } from './shared-checks.js';

/**
 * Checks what the schema alone cannot: unique ids, ids nested under their parents, every level
 * present for every characteristic and type, and every internal reference resolving.
 * Returns the problems found (empty when the pack is sound).
 */
export function checkMaturityModelIntegrity(pack: MaturityModelPack): PackProblem[] {
  const problems: PackProblem[] = [];
  checkSourceDocuments(problems, pack, new Set(pack.meta.documents.map((d) => d.id)));
  checkUnique(
    problems,
    'document',
    pack.meta.documents.map((d, i) => ({ id: d.id, path: `meta.documents[${i}]` })),
  );

  const levelNumbers = pack.levels.map((l) => l.level);
  const expected = levelNumbers.map((_, i) => i + 1);
  if (levelNumbers.join() !== expected.join()) {
    problems.push({
      path: 'levels',
      message: `levels must be numbered 1..${pack.levels.length} in order, found ${levelNumbers.join(', ')}`,
    });
  }
  const levelKeys = expected.map(String);
  const sameLevels = (keys: string[]): boolean => [...keys].sort().join() === levelKeys.join();

  const typeIds = new Set(pack.characteristic_types.map((t) => t.id));
  checkUnique(
    problems,
    'characteristic type',
    pack.characteristic_types.map((t, i) => ({ id: t.id, path: `characteristic_types[${i}]` })),
  );
  pack.characteristic_types.forEach((t, i) => {
    if (!sameLevels(Object.keys(t.descriptions))) {
      problems.push({
        path: `characteristic_types[${i}].descriptions`,
        message: `needs a description for each level ${levelKeys.join(', ')}`,
      });
    }
  });

  const dimensionIds: { id: string; path: string }[] = [];
  const subdimensionIds: { id: string; path: string }[] = [];
  const characteristicIds: { id: string; path: string }[] = [];
  pack.dimensions.forEach((dimension, d) => {
    const dPath = `dimensions[${d}]`;
    dimensionIds.push({ id: dimension.id, path: dPath });
    dimension.subdimensions.forEach((sub, s) => {
      const sPath = `${dPath}.subdimensions[${s}]`;
      subdimensionIds.push({ id: sub.id, path: sPath });
      if (!sub.id.startsWith(`${dimension.id}.`)) {
        problems.push({
          path: `${sPath}.id`,
          message: `sub-dimension "${sub.id}" must start with its dimension id "${dimension.id}."`,
        });
      }
      sub.characteristics.forEach((ch, c) => {
        const cPath = `${sPath}.characteristics[${c}]`;
        characteristicIds.push({ id: ch.id, path: cPath });
        // A sub-dimension with a single characteristic may share its id (the purposes, 4.1 … 4.6).
        if (ch.id !== sub.id && !ch.id.startsWith(`${sub.id}.`)) {
          problems.push({
            path: `${cPath}.id`,
            message: `characteristic "${ch.id}" must equal or start with its sub-dimension id "${sub.id}"`,
          });
        }
        if (!typeIds.has(ch.type)) {
          problems.push({
            path: `${cPath}.type`,
            message: `unknown characteristic type "${ch.type}"`,
          });
        }
        if (!sameLevels(Object.keys(ch.levels))) {
          problems.push({
            path: `${cPath}.levels`,
            message: `needs criteria for each level ${levelKeys.join(', ')}`,
          });
        }
        for (const [level, criterion] of Object.entries(ch.levels)) {
          if (criterion.builds_on !== undefined && criterion.builds_on >= Number(level)) {
            problems.push({
              path: `${cPath}.levels.${level}.builds_on`,
              message: 'a level can only build on a lower level',
            });
          }
        }
      });
    });
  });
  checkUnique(problems, 'dimension', dimensionIds);
  checkUnique(problems, 'sub-dimension', subdimensionIds);
  checkUnique(problems, 'characteristic', characteristicIds);

  const dimensionSet = new Set(dimensionIds.map((e) => e.id));
  const structureIds = new Set([
    ...dimensionSet,
    ...subdimensionIds.map((e) => e.id),
    ...characteristicIds.map((e) => e.id),
  ]);
  const checkTarget = (target: string, path: string): void => {
    if (!structureIds.has(target))
      problems.push({
        path,
        message: `"${target}" is not a dimension, sub-dimension or characteristic of this pack`,
      });
  };

  pack.rollup_groups?.forEach((group, i) => {
    group.dimensions.forEach((id, j) => {
      if (!dimensionSet.has(id))
        problems.push({
          path: `rollup_groups[${i}].dimensions[${j}]`,
          message: `unknown dimension "${id}"`,
        });
    });
  });
  pack.supporting_documents?.forEach((entry, i) => {
    checkTarget(entry.target, `supporting_documents[${i}].target`);
  });
  pack.component_links?.forEach((entry, i) => {
    checkTarget(entry.target, `component_links[${i}].target`);
  });
  pack.function_links?.forEach((entry, i) => {
    checkTarget(entry.target, `function_links[${i}].target`);
  });
  pack.other_models?.forEach((model, i) => {
    model.targets.forEach((t, j) => {
      checkTarget(t, `other_models[${i}].targets[${j}]`);
    });
  });
  if (pack.evidence_methods) {
    const ranks = pack.evidence_methods.map((m) => m.rank).sort((a, b) => a - b);
    if (ranks.join() !== ranks.map((_, i) => i + 1).join()) {
      problems.push({ path: 'evidence_methods', message: 'ranks must be 1..n, each once' });
    }
    checkUnique(
      problems,
      'evidence method',
      pack.evidence_methods.map((m, i) => ({ id: m.id, path: `evidence_methods[${i}]` })),
    );
  }
  checkUnique(
    problems,
    'design principle',
    (pack.design_principles ?? []).map((p, i) => ({ id: p.id, path: `design_principles[${i}]` })),
  );
  checkUnique(
    problems,
    'improvement stage',
    (pack.improvement_stages ?? []).map((p, i) => ({ id: p.id, path: `improvement_stages[${i}]` })),
  );
  checkUnique(
    problems,
    'document',
    (pack.improvement_documents ?? []).map((p, i) => ({
      id: p.id,
      path: `improvement_documents[${i}]`,
    })),
  );
  checkUnique(
    problems,
    'other model',
    (pack.other_models ?? []).map((p, i) => ({ id: p.id, path: `other_models[${i}]` })),
  );
  return problems;
}
