// A small custom maturity model and operating model, written for tests: the engine must work on
// any pack that matches the schema, not only on the bundled MMSSC.
import {
  indexMaturityModel,
  isMaturityModelPack,
  isOperatingModelPack,
  parsePack,
  type ModelIndex,
  type OperatingModelPack,
} from '@citymaturity/model';

const t = (en: string) => `{ zh: ${en}（中）, en: ${en} }`;
const src = '{ doc: test, ref: "1" }';
const levels = (id: string) =>
  [1, 2, 3, 4, 5]
    .map((l) => `              "${String(l)}": ${t(`${id} level ${String(l)}`)}`)
    .join('\n');

export const tinyModelYaml = `
meta:
  id: tiny
  kind: maturity-model
  version: 0.1.0
  title: ${t('Tiny model')}
  standard: { designation: TEST 1, edition: "1", title: ${t('Test standard')} }
  languages: [zh-CN, en]
  guidance_pack: tiny-ops
  documents: [{ id: test, designation: TEST 1, title: ${t('Test standard')} }]
  translation: ${t('Test')}
  rights: ${t('Test')}
levels:
${[1, 2, 3, 4, 5].map((l) => `  - { level: ${String(l)}, name: ${t(`L${String(l)}`)}, source: ${src} }`).join('\n')}
characteristic_types:
  - id: a
    name: ${t('Type a')}
    source: ${src}
    descriptions:
${[1, 2, 3, 4, 5].map((l) => `      "${String(l)}": ${t(`type a level ${String(l)}`)}`).join('\n')}
dimensions:
  - id: "1"
    name: ${t('Enablers')}
    source: ${src}
    subdimensions:
      - id: "1.1"
        name: ${t('Vision')}
        source: ${src}
        characteristics:
          - id: "1.1.1"
            name: ${t('Vision one')}
            type: a
            source: ${src}
            levels:
${levels('1.1.1')}
          - id: "1.1.2"
            name: ${t('Vision two')}
            type: a
            source: ${src}
            levels:
${levels('1.1.2')}
      - id: "1.2"
        name: ${t('Data')}
        source: ${src}
        characteristics:
          - id: "1.2.1"
            name: ${t('Data one')}
            type: a
            source: ${src}
            levels:
${levels('1.2.1')}
  - id: "2"
    name: ${t('Purposes')}
    source: ${src}
    subdimensions:
      - id: "2.1"
        name: ${t('Well-being')}
        source: ${src}
        characteristics:
          - id: "2.1"
            name: ${t('Well-being')}
            type: a
            source: ${src}
            levels:
${levels('2.1')}
rollup_groups:
  - { id: enablers, name: ${t('Enablers')}, dimensions: ["1"], source: ${src} }
  - { id: purposes, name: ${t('Purposes')}, dimensions: ["2"], source: ${src} }
supporting_documents:
  - target: "1.1"
    source: ${src}
    items:
      - { text: ${t('Use standard X')}, standards: [X 1], components: [V1] }
component_links:
  - { target: "2.1", components: [B], source: ${src} }
other_models:
  - id: other
    name: ${t('Other model')}
    interconnection: ${t('Purposes')}
    targets: ["2"]
    how_to_use: [${t('Use it')}]
    level_count: 3
    source: ${src}
function_links:
  - target: "2.1"
    source: ${src}
    functions: [{ table: A.1, number: 1, name: ${t('Public services')} }]
`;

export const tinyOperatingModelYaml = `
meta:
  id: tiny-ops
  kind: operating-model
  version: 0.1.0
  title: ${t('Tiny operating model')}
  standard: { designation: TEST 2, edition: "1", title: ${t('Test standard 2')} }
  languages: [zh-CN, en]
  documents: [{ id: test, designation: TEST 2, title: ${t('Test standard 2')} }]
  translation: ${t('Test')}
  rights: ${t('Test')}
parts:
  - { code: V, name: ${t('Vision part')}, clause: "1", source: ${src} }
  - { code: B, name: ${t('Benefits')}, clause: "2", source: ${src} }
areas:
  - { id: strategy, name: ${t('Strategy')}, clause: "1", components: [V1], source: ${src} }
components:
  - code: V1
    part: V
    area: strategy
    name: ${t('City vision')}
    clause: "1.1"
    summary_clause: "0.1"
    summary: ${t('A vision')}
    recommendations: [{ id: V1.a, text: ${t('Write a vision')} }]
    source: ${src}
  - code: B1
    part: B
    name: ${t('Benefit mapping')}
    clause: "2.1"
    summary_clause: "0.2"
    summary: ${t('Map benefits')}
    recommendations: [{ id: B1.a, text: ${t('Map the benefits')} }]
    source: ${src}
  - code: B2
    part: B
    name: ${t('Benefit tracking')}
    clause: "2.2"
    summary_clause: "0.2"
    summary: ${t('Track benefits')}
    recommendations: [{ id: B2.a, text: ${t('Track the benefits')} }]
    source: ${src}
`;

/** The tiny maturity model, validated and indexed. */
export function tinyModel(): ModelIndex {
  const pack = parsePack([{ name: 'tiny.yaml', text: tinyModelYaml }], 'tiny');
  if (!isMaturityModelPack(pack)) throw new Error('tiny model is not a maturity model');
  return indexMaturityModel(pack);
}

/** The tiny operating model, validated. */
export function tinyOperatingModel(): OperatingModelPack {
  const pack = parsePack([{ name: 'tiny-ops.yaml', text: tinyOperatingModelYaml }], 'tiny-ops');
  if (!isOperatingModelPack(pack)) throw new Error('tiny-ops is not an operating model');
  return pack;
}
