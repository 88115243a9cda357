export { buildApp, type BuildAppOptions } from './app.js';
export { startServer, type RunningServer, type StartServerOptions } from './start-server.js';
export { readServerConfig, serverConfigSchema, type ServerConfig } from './config.js';
export { type AppContext } from './context.js';
export { createLive, type Live } from './live/live.js';
export { demoLogin, loadDemo } from './demo/load-demo.js';
export { hashPassword } from './auth/passwords.js';
export {
  verifyAssessment,
  type AssessmentVerificationReport,
  type AuditStanding,
} from './use-cases/verify-assessment.js';
export {
  verificationSubject,
  verifyStoredAssessment,
} from './use-cases/verify-stored-assessment.js';
export { readFilledForms, type FormFile } from './use-cases/read-filled-forms.js';
export { modelDiagnosticForm } from './use-cases/make-diagnostic-form.js';
export {
  backupOrganisationToFile,
  OrganisationLookupError,
  restoreOrganisationFromFile,
  type BackupProgress,
} from './use-cases/organisation-backup-file.js';
