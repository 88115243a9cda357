import type { ScorableRespondent } from '../scoring/tally.js';

/**
 * Four respondents in two groups rating the tiny model. Hand-computed results are in the tests
 * that use it. r1 does not know 2.1; r4 skipped 1.2.1 and the target of 2.1.
 */
export const scenario: ScorableRespondent[] = [
  {
    id: 'r1',
    group: 'local-government',
    ratings: {
      '1.1.1': { current: 1, target: 3 },
      '1.1.2': { current: 2, target: 2 },
      '1.2.1': { current: 3, target: 4 },
      '2.1': { current: 'unknown', target: 2 },
    },
  },
  {
    id: 'r2',
    group: 'local-government',
    ratings: {
      '1.1.1': { current: 2, target: 3 },
      '1.1.2': { current: 2, target: 3 },
      '1.2.1': { current: 4, target: 5 },
      '2.1': { current: 2, target: 3 },
    },
  },
  {
    id: 'r3',
    group: 'residents',
    ratings: {
      '1.1.1': { current: 4, target: 5 },
      '1.1.2': { current: 3, target: 4 },
      '1.2.1': { current: 1, target: 2 },
      '2.1': { current: 2, target: 2 },
    },
  },
  {
    id: 'r4',
    group: 'residents',
    ratings: {
      '1.1.1': { current: 4, target: 4 },
      '1.1.2': { current: 2, target: 3 },
      '2.1': { current: 1 },
    },
  },
];
