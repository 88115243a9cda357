// Views linking the MMSSC to other models (ISO/TS 37107 5.3 table 4, Annexes B and C): the
// purposes in ISO 18091's red / yellow / green, characteristics → ISO 37106 components and back,
// and the other maturity models with the city's levels on what they connect to.
export {
  characteristicLevels,
  characteristicsOfTarget,
  targetKind,
  type CharacteristicLevels,
  type TargetKind,
} from './targets.js';
export {
  mappedLevel,
  reachedLevel,
  trafficLights,
  type LinkedFunction,
  type MappedLevel,
  type TrafficLightRow,
  type TrafficLights,
} from './traffic-lights.js';
export {
  characteristicComponentLinks,
  componentCodesOf,
  componentIndex,
  type CharacteristicComponentLink,
  type ComponentIndexEntry,
  type ComponentLinkKind,
} from './component-links.js';
export {
  characteristicLinkRows,
  componentLinkRows,
  type CharacteristicLinkRow,
  type ComponentLinkRow,
  type ComponentLinkRowOptions,
  type DimensionLinkRows,
  type LinkedComponent,
} from './component-rows.js';
export {
  otherModelRows,
  type OtherModelRow,
  type OtherModelTarget,
  type TargetScores,
} from './other-model-rows.js';
