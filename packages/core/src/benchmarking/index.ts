// Benchmarking consortia: population bands, which results may be shared, peer groups and the
// comparison of a city with its peers (see docs/benchmarking.md).
export {
  populationBandIds,
  populationBandOf,
  populationBands,
  type PopulationBand,
  type PopulationBandDefinition,
} from './population-bands.js';
export {
  consortiumSharingChoices,
  shareRefusal,
  type ConsortiumSharing,
  type ShareableAssessment,
  type ShareRefusal,
} from './share-eligibility.js';
export {
  consentProblem,
  storedConsent,
  type ConsentProblem,
  type ConsortiumConsentInput,
} from './consent.js';
export {
  compareSharesNewestFirst,
  latestShare,
  matchesPeerFilter,
  peerFilterValues,
  selectPeerGroup,
  type PeerCity,
  type PeerFilter,
  type PeerFilterValues,
  type PeerMember,
  type PeerShare,
  type SharedLevels,
} from './peer-group.js';
export {
  describePeerMeasure,
  levelBin,
  percentileRank,
  quantileOfSorted,
  type PeerMeasure,
} from './peer-statistics.js';
export {
  compareWithPeers,
  learnFromDefaultLimit,
  learnFromMinimumLevel,
  type CharacteristicPeerItem,
  type LearnFromPeer,
  type PeerComparison,
  type PeerComparisonInput,
  type PeerItem,
} from './compare-with-peers.js';
