import type { PackProblem } from '../problems.js';
import type { OperatingModelPack } from '../schema/operating-model-pack.js';
import { checkSourceDocuments, checkUnique } from './shared-checks.js';

/**
 * Checks an operating-model pack: unique codes and ids, components placed in existing parts and
 * areas, and every component tag and link resolving. Returns the problems found.
 */
export function checkOperatingModelIntegrity(pack: OperatingModelPack): PackProblem[] {
  const problems: PackProblem[] = [];
  checkSourceDocuments(problems, pack, new Set(pack.meta.documents.map((d) => d.id)));
  checkUnique(
    problems,
    'part',
    pack.parts.map((p, i) => ({ id: p.code, path: `parts[${i}]` })),
  );
  checkUnique(
    problems,
    'area',
    pack.areas.map((a, i) => ({ id: a.id, path: `areas[${i}]` })),
  );
  checkUnique(
    problems,
    'component',
    pack.components.map((c, i) => ({ id: c.code, path: `components[${i}]` })),
  );

  const partCodes = new Set(pack.parts.map((p) => p.code));
  const componentCodes = new Set(pack.components.map((c) => c.code));
  const areaIds = new Set(pack.areas.map((a) => a.id));
  const taggable = new Set([...partCodes, ...componentCodes]);

  const recommendationIds: { id: string; path: string }[] = [];
  pack.components.forEach((component, i) => {
    const path = `components[${i}]`;
    if (!partCodes.has(component.part))
      problems.push({ path: `${path}.part`, message: `unknown part "${component.part}"` });
    if (component.area !== undefined && !areaIds.has(component.area)) {
      problems.push({ path: `${path}.area`, message: `unknown area "${component.area}"` });
    }
    component.related?.forEach((code, j) => {
      if (!taggable.has(code))
        problems.push({ path: `${path}.related[${j}]`, message: `unknown component "${code}"` });
    });
    component.recommendations.forEach((r, j) =>
      recommendationIds.push({ id: r.id, path: `${path}.recommendations[${j}]` }),
    );
  });
  checkUnique(problems, 'recommendation', recommendationIds);

  pack.areas.forEach((area, i) => {
    area.components.forEach((code, j) => {
      const component = pack.components.find((c) => c.code === code);
      if (!component)
        problems.push({
          path: `areas[${i}].components[${j}]`,
          message: `unknown component "${code}"`,
        });
      else if (component.area !== area.id) {
        problems.push({
          path: `areas[${i}].components[${j}]`,
          message: `component "${code}" is listed in area "${area.id}" but declares area "${component.area ?? '(none)'}"`,
        });
      }
    });
  });

  const matrix = pack.interoperability_matrix;
  if (matrix) {
    const dimensionIds = new Set(matrix.dimensions.map((d) => d.id));
    const cells = new Set<string>();
    matrix.cells.forEach((cell, i) => {
      const path = `interoperability_matrix.cells[${i}]`;
      if (!areaIds.has(cell.area))
        problems.push({ path: `${path}.area`, message: `unknown area "${cell.area}"` });
      if (!dimensionIds.has(cell.dimension))
        problems.push({
          path: `${path}.dimension`,
          message: `unknown interoperability dimension "${cell.dimension}"`,
        });
      const key = `${cell.area}/${cell.dimension}`;
      if (cells.has(key)) problems.push({ path, message: `cell ${key} appears twice` });
      cells.add(key);
      cell.products.forEach((product, j) => {
        product.tags.forEach((tag, k) => {
          if (!taggable.has(tag))
            problems.push({
              path: `${path}.products[${j}].tags[${k}]`,
              message: `unknown component or part "${tag}"`,
            });
        });
      });
    });
  }

  const ksf = pack.key_success_factors ?? [];
  checkUnique(
    problems,
    'key success factor',
    ksf.map((f, i) => ({ id: f.id, path: `key_success_factors[${i}]` })),
  );
  checkUnique(
    problems,
    'sub-factor',
    ksf.flatMap((f, i) =>
      f.subfactors.map((s, j) => ({
        id: s.id,
        path: `key_success_factors[${i}].subfactors[${j}]`,
      })),
    ),
  );
  checkUnique(
    problems,
    'checklist statement',
    ksf.flatMap((f, i) =>
      f.subfactors.flatMap((s, j) =>
        s.checklist.map((c, k) => ({
          id: c.id,
          path: `key_success_factors[${i}].subfactors[${j}].checklist[${k}]`,
        })),
      ),
    ),
  );
  checkUnique(
    problems,
    'roadmap phase',
    (pack.roadmap_phases ?? []).map((p, i) => ({ id: p.id, path: `roadmap_phases[${i}]` })),
  );
  checkUnique(
    problems,
    'stakeholder type',
    (pack.stakeholder_types ?? []).map((p, i) => ({ id: p.id, path: `stakeholder_types[${i}]` })),
  );
  checkUnique(
    problems,
    'governance change',
    (pack.governance_changes ?? []).map((p, i) => ({ id: p.id, path: `governance_changes[${i}]` })),
  );
  checkUnique(
    problems,
    'purpose',
    (pack.purposes ?? []).map((p, i) => ({ id: p.id, path: `purposes[${i}]` })),
  );
  checkUnique(
    problems,
    'implementation principle',
    (pack.implementation_principles ?? []).map((p, i) => ({
      id: p.id,
      path: `implementation_principles[${i}]`,
    })),
  );
  return problems;
}
