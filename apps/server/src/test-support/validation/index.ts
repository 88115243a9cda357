import { auditBadRequests } from './audit-bad-requests.js';
import { benchmarkingBadRequests } from './benchmarking-bad-requests.js';
import type { BadRequest } from './bad-request.js';
import { cycleBadRequests } from './cycles-bad-requests.js';
import { evidenceBadRequests } from './evidence-bad-requests.js';
import { exchangeBadRequests } from './exchange-bad-requests.js';
import { platformBadRequests } from './platform-bad-requests.js';
import { programmeComponentBadRequests } from './programme-components-bad-requests.js';
import { programmeReviewBadRequests } from './programme-reviews-bad-requests.js';
import { programmeRoadmapBadRequests } from './programme-roadmap-bad-requests.js';
import { stakeholderBadRequests } from './stakeholder-bad-requests.js';
import { workshopBadRequests } from './workshop-bad-requests.js';

export type { BadRequest, Ids } from './bad-request.js';

/** Bad input on every endpoint, each area of the API listing its own. */
export const badRequests: BadRequest[] = [
  ...platformBadRequests,
  ...stakeholderBadRequests,
  ...workshopBadRequests,
  ...auditBadRequests,
  ...evidenceBadRequests,
  ...exchangeBadRequests,
  ...cycleBadRequests,
  ...benchmarkingBadRequests,
  ...programmeComponentBadRequests,
  ...programmeReviewBadRequests,
  ...programmeRoadmapBadRequests,
];
