export {
  scoreAssessment,
  type AssessmentScore,
  type ScorableAssessment,
  type ScoreOptions,
  type StakeholderGroupResult,
} from './score-assessment.js';
export {
  describeLevels,
  quantileFromCounts,
  type LevelStatistics,
} from './statistics/level-statistics.js';
export { krippendorffAlpha, type AlphaMetric } from './statistics/krippendorff-alpha.js';
export { roundTo } from './statistics/rounding.js';
export {
  tallyRatings,
  type CharacteristicTally,
  type MeasureTally,
  type RatingTallies,
  type RatingValue,
  type ScorableRespondent,
} from './scoring/tally.js';
export {
  describeCharacteristics,
  type CharacteristicResult,
} from './scoring/characteristic-results.js';
export {
  ratedCount,
  rollUp,
  rollUpModel,
  type ModelRollups,
  type RatedCount,
  type Rollup,
} from './scoring/rollup.js';
export {
  agreedConsensus,
  consensusProgress,
  officialLevels,
  withConsensus,
  type ConsensusLevels,
  type ConsensusResult,
  type OfficialLevels,
} from './scoring/official-levels.js';
export {
  evidenceMethodBadge,
  evidenceMethodOf,
  type EvidenceMethodBadge,
  type EvidenceMethodState,
} from './assessment/evidence-method.js';
export {
  findDivergence,
  divergenceThresholdLevels,
  type DivergenceFlag,
} from './scoring/divergence.js';
export { checkPlan, ambitiousRiseLevels, type PlanFlag } from './scoring/plan-checks.js';
export {
  guidanceFor,
  type CharacteristicGuidance,
  type GuidanceComponent,
} from './guidance/characteristic-guidance.js';
export { prioritise, type Priority } from './guidance/priorities.js';
export { standardStakeholderGroupIds, standardStakeholderGroups } from './stakeholder-groups.js';
export {
  assessmentFormatTag,
  assessmentSchema,
  type AssessmentDocument,
  type ConsensusItemDocument,
  type RatingDocument,
  type RespondentDocument,
} from './exchange/assessment-schema.js';
export {
  parseAssessmentText,
  validateAssessment,
  type AssessmentParseResult,
  type ValidateAssessmentOptions,
} from './exchange/parse-assessment.js';
export { formatProblemPath, type ValidationProblem } from './exchange/validation-problem.js';
export { problemMessage } from './exchange/messages.js';
export { assessmentTemplate, type TemplateOptions } from './exchange/assessment-template.js';
export { assessmentJsonSchema, assessmentJsonSchemaId } from './exchange/assessment-json-schema.js';
export {
  resultsDocumentSchema,
  resultsFormatTag,
  type ResultsCharacteristic,
  type ResultsDocument,
} from './exchange/results-schema.js';
export {
  resultsCsv,
  resultsCsvColumns,
  resultsOpenData,
  type ResultsContext,
} from './exchange/results-open-data.js';
export { resultsJsonSchema, resultsJsonSchemaId } from './exchange/results-json-schema.js';
export {
  diagnosticFormFormatTag,
  diagnosticFormLayout,
  formColumns,
  formGroupListName,
  formMetaSheetName,
  formRows,
  textHeight,
  type DiagnosticFormOptions,
  type FormCell,
  type FormCellKind,
  type FormMerge,
  type FormSheetModel,
  type FormValidation,
  type FormWorkbookModel,
} from './exchange/diagnostic-form/form-layout.js';
export {
  cellText,
  parseAnswerCell,
  parseDateCell,
  type FormCellValue,
  type ParsedAnswer,
} from './exchange/diagnostic-form/form-cells.js';
export { formText, isDontKnow } from './exchange/diagnostic-form/form-text.js';
export {
  columnLetter,
  formProblem,
  formProblemMessage,
  type FormProblem,
} from './exchange/diagnostic-form/form-problems.js';
export {
  readDiagnosticForm,
  type FilledForm,
  type FormAnswer,
  type FormGrid,
  type FormGridSheet,
  type FormGroup,
  type ReadFormOptions,
  type ReadFormResult,
} from './exchange/diagnostic-form/read-form.js';
export {
  formsToAssessmentDocument,
  type FormsDocumentOptions,
} from './exchange/diagnostic-form/forms-to-document.js';
export {
  formImportLimits,
  formImportRefusal,
  type FormImportRefusal,
  type FormImportTarget,
} from './exchange/diagnostic-form/form-import-rules.js';
export {
  strengthsAndWeaknesses,
  strengthMinimumLevel,
  weaknessMaximumLevel,
  type StandoutCharacteristic,
  type StrengthsAndWeaknesses,
} from './guidance/strengths-and-weaknesses.js';
export {
  allowedActions,
  assessmentGrantActions,
  assessmentGrantRoles,
  grantAllows,
  memberActionFor,
  type AssessmentGrantAction,
  type AssessmentGrantRole,
  organisationActions,
  organisationRoles,
  roleAllows,
  type OrganisationAction,
  type OrganisationRole,
} from './authorization/permissions.js';
export {
  canChangeAnswers,
  canEditResponse,
  mayReadOthersResponse,
  isAnswered,
  responseProgress,
  submitRefusal,
  type ResponseEditRequest,
  type ResponseProgress,
  type StoredRating,
  type StoredRatingValue,
  type SubmitRefusal,
  type SubmitState,
} from './assessment/assessment-rules.js';
export {
  assessmentMethods,
  usesConsensus,
  usesInvitations,
  type AssessmentMethod,
} from './assessment/methods.js';
export {
  diagnosticFormsImportSource,
  respondentSources,
  respondentSourcesOf,
  type RespondentChainFacts,
  type RespondentFacts,
  type RespondentSource,
} from './assessment/respondent-source.js';
export {
  invitationRefusal,
  invitationStatus,
  revealRefusal,
  canChangeMinGroupSize,
  stakeholderAnswerRefusal,
  stakeholderSeesResults,
  type InvitationRefusal,
  type InvitationState,
  type InvitationStatus,
  type RevealRefusal,
  type StakeholderAnswerRefusal,
  type StakeholderAssessmentState,
} from './assessment/stakeholder-rules.js';
export {
  invitationExpiry,
  invitationValidity,
  isStandardStakeholderGroup,
  minGroupSizeRange,
  progressByGroup,
  stakeholderGroupKeyFor,
  stakeholderGroupKeyPattern,
  type GroupProgress,
} from './assessment/stakeholder-invitations.js';
export {
  consensusRefusal,
  versionConflict,
  type ConsensusRefusal,
} from './assessment/consensus-rules.js';
export {
  auditRecordRefusal,
  auditSummary,
  auditVerdicts,
  findingProblem,
  statementRefusal,
  type AuditFinding,
  type AuditRecordRefusal,
  type AuditState,
  type AuditVerdict,
  type FindingProblem,
  type StatementRefusal,
} from './audit/audit-rules.js';
export {
  verifyChain,
  type ChainBreak,
  type ChainBreakReason,
  type ChainEntry,
  type ChainHead,
  type ChainVerification,
} from './verification/chain.js';
export {
  answerEventActions,
  answerKey,
  firstAnswerDifference,
  replayAnswers,
  type AnswerDifference,
  type AnswerEvent,
  type MeasuresRecord,
} from './verification/replay.js';
export {
  snapshotEventActions,
  verifyAssessmentRecords,
  type AnswersReport,
  type AssessmentVerification,
  type ChainBreakReport,
  type SnapshotComparison,
  type SnapshotProblem,
  type SnapshotReport,
  type VerifiableChainEntry,
  type VerificationInput,
} from './verification/assessment-verification.js';
export {
  canonicalJson,
  firstDifference,
  snapshotDocument,
  snapshotFormatTag,
  type JsonDifference,
  type SnapshotEvidence,
  type SnapshotInput,
  type SnapshotMeasures,
} from './verification/snapshot.js';
export {
  defaultMaxUploadMegabytes,
  evidenceFileName,
  evidenceFileProblem,
  evidenceFileType,
  evidenceFileTypes,
  maxFileNameLength,
  megabytesToBytes,
  sanitizeFileName,
  type EvidenceFileProblem,
  type EvidenceFileType,
} from './evidence/evidence-files.js';
export {
  consensusEvidenceRefusal,
  invitedEvidenceRefusal,
  ratingEvidenceRefusal,
  type EvidenceChangeRefusal,
} from './evidence/evidence-rules.js';
export {
  cycleRef,
  orderCycles,
  type CycleOptions,
  type CycleRef,
  type CycleStatus,
  type ScoredCycle,
} from './cycles/cycle.js';
export {
  cycleTrend,
  type CharacteristicTrendPoint,
  type CycleTrend,
  type RollupTrendPoint,
  type TrendChange,
  trendFlags,
  type TrendFlag,
  type TrendPoint,
} from './cycles/cycle-trend.js';
export {
  elapsedBetween,
  elapsedFlags,
  planComparisonRefusal,
  planHorizonMonths,
  planRealisation,
  planToleranceMonths,
  previousCycleOf,
  realisationStatus,
  realisationStatuses,
  unknownReasons,
  type CharacteristicRealisation,
  type ElapsedFlag,
  type PlanComparisonRefusal,
  type PlanRealisation,
  type RealisationLevels,
  type RealisationStatus,
  type UnknownReason,
} from './cycles/plan-realisation.js';
export {
  featureSummaries,
  improvementCycle,
  improvementStageStatuses,
  isImprovementStage,
  platformFeatures,
  stageFeatures,
  summaryLength,
  type FeatureSummaries,
  type ImprovementStage,
  type ImprovementStageRecord,
  type ImprovementStageStatus,
  type PlatformFeature,
  type PlatformFeatureId,
  type StageFeature,
  type SummaryInput,
} from './cycles/improvement-stages.js';
export * from './benchmarking/index.js';
export * from './other-models/index.js';
export {
  characteristicResults,
  talliesFromCounts,
  type CharacteristicCounts,
  type MeasureCounts,
} from './cycles/cycle-scoring.js';
export * from './programme/review-kinds.js';
export * from './programme/review-summary.js';
export * from './programme/review-trend.js';
export * from './programme/risks.js';
export * from './programme/stakeholder-grid.js';
export * from './programme/component-gaps.js';
export * from './programme/tracker-progress.js';
export * from './programme/interoperability-matrix.js';
export * from './programme/principle-rules.js';
export * from './programme/roadmap-comparison.js';
export * from './programme/roadmap-timeline.js';
export * from './programme/benefit-map-rules.js';
export * from './programme/benefit-map-summary.js';
export * from './programme/kpi-status.js';
