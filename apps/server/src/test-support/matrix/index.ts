import { auditEndpoints } from './audit-endpoints.js';
import { cycleEndpoints } from './cycles-endpoints.js';
import { benchmarkingEndpoints } from './benchmarking-endpoints.js';
import type { Endpoint } from './endpoint.js';
import { evidenceEndpoints } from './evidence-endpoints.js';
import { exchangeEndpoints } from './exchange-endpoints.js';
import { platformEndpoints } from './platform-endpoints.js';
import { programmeComponentEndpoints } from './programme-components-endpoints.js';
import { programmeReviewEndpoints } from './programme-reviews-endpoints.js';
import { programmeRoadmapEndpoints } from './programme-roadmap-endpoints.js';
import { stakeholderEndpoints } from './stakeholder-endpoints.js';
import { workshopEndpoints } from './workshop-endpoints.js';

export { org, type Endpoint } from './endpoint.js';

/**
 * Every endpoint of an organisation's data, for the authorization matrix (each area of the API
 * lists its own; the matrix test fails when the API publishes one that no list has).
 */
export const endpoints: Endpoint[] = [
  ...platformEndpoints,
  ...stakeholderEndpoints,
  ...workshopEndpoints,
  ...auditEndpoints,
  ...evidenceEndpoints,
  ...exchangeEndpoints,
  ...cycleEndpoints,
  ...benchmarkingEndpoints,
  ...programmeComponentEndpoints,
  ...programmeReviewEndpoints,
  ...programmeRoadmapEndpoints,
];
