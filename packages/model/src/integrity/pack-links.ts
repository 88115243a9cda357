import type { PackProblem } from '../problems.js';
import type { MaturityModelPack } from '../schema/maturity-model-pack.js';
import type { OperatingModelPack } from '../schema/operating-model-pack.js';

/**
 * Checks the references between a maturity-model pack and its guidance (operating-model) pack:
 * every component code cited by the maturity model exists in the guidance pack, and every
 * MMSSC id cited by the guidance pack exists in the maturity model.
 */
export function checkPackLinks(
  model: MaturityModelPack,
  guidance: OperatingModelPack,
): PackProblem[] {
  const problems: PackProblem[] = [];
  const codes = new Set([
    ...guidance.components.map((c) => c.code),
    ...guidance.parts.map((p) => p.code),
  ]);
  model.supporting_documents?.forEach((entry, i) => {
    entry.items.forEach((item, j) => {
      item.components?.forEach((code, k) => {
        if (!codes.has(code))
          problems.push({
            path: `supporting_documents[${i}].items[${j}].components[${k}]`,
            message: `no component "${code}" in pack ${guidance.meta.id}`,
          });
      });
    });
  });
  model.component_links?.forEach((link, i) => {
    link.components.forEach((code, k) => {
      if (!codes.has(code))
        problems.push({
          path: `component_links[${i}].components[${k}]`,
          message: `no component "${code}" in pack ${guidance.meta.id}`,
        });
    });
  });
  const dimensionIds = new Set(model.dimensions.map((d) => d.id));
  const characteristicIds = new Set(
    model.dimensions.flatMap((d) =>
      d.subdimensions.flatMap((s) => s.characteristics.map((c) => c.id)),
    ),
  );
  guidance.areas.forEach((area, i) => {
    if (area.mmssc_dimension !== undefined && !dimensionIds.has(area.mmssc_dimension)) {
      problems.push({
        path: `areas[${i}].mmssc_dimension`,
        message: `no dimension "${area.mmssc_dimension}" in pack ${model.meta.id}`,
      });
    }
  });
  guidance.purposes?.forEach((purpose, i) => {
    if (
      purpose.mmssc_characteristic !== undefined &&
      !characteristicIds.has(purpose.mmssc_characteristic)
    ) {
      problems.push({
        path: `purposes[${i}].mmssc_characteristic`,
        message: `no characteristic "${purpose.mmssc_characteristic}" in pack ${model.meta.id}`,
      });
    }
  });
  return problems;
}
