import { allowedActions, type OrganisationRole } from '@citymaturity/core';
import type { repositories } from '@citymaturity/db';

// Rows → API shapes.

export function presentOrganisation(row: repositories.OrganisationRow) {
  return {
    id: row.id,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    country: row.country,
    region: row.region,
    population: row.population,
    kind: row.kind,
  };
}

export function presentUser(row: {
  id: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  preferredLanguage: string;
}) {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    isPlatformAdmin: row.isPlatformAdmin,
    preferredLanguage: row.preferredLanguage === 'en' ? ('en' as const) : ('zh-CN' as const),
  };
}

export function presentMembership(
  organisation: repositories.OrganisationRow,
  role: OrganisationRole,
) {
  return {
    organisation: presentOrganisation(organisation),
    role,
    actions: [...allowedActions(role)],
  };
}

export function presentAssessment(
  row: repositories.AssessmentRow,
  progress: { answered: number; total: number },
) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    title: row.title,
    modelId: row.modelId,
    modelVersion: row.modelVersion,
    method: row.method as 'single-stakeholder',
    date: row.assessedOn,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    revealedAt: row.revealedAt?.toISOString() ?? null,
    minGroupSize: row.minGroupSize,
    progress,
  };
}
