/** The tools of the ISO 37106 workspace, in the order of the sub-navigation (after the overview). */
export const programmeTools = [
  'principles',
  'components',
  'interoperability',
  'roadmap',
  'benefits',
  'reviews',
  'risks',
  'stakeholders',
  'self-checks',
] as const;

/** A page of the workspace: the overview or one of its tools. */
export type ProgrammePage = 'overview' | (typeof programmeTools)[number];

/** Every page of the workspace, the overview first. */
export const programmePages: readonly ProgrammePage[] = ['overview', ...programmeTools];

/** The path of the workspace of an organisation, or of one of its tools. */
export function programmePath(organisationId: string, page: ProgrammePage = 'overview'): string {
  const base = `/organisations/${encodeURIComponent(organisationId)}/programme`;
  return page === 'overview' ? base : `${base}/${page}`;
}

/** The page a path of the workspace shows (the overview for the workspace's own path). */
export function programmePageOf(pathname: string): ProgrammePage | undefined {
  const match = /\/programme(?:\/([\w-]+))?\/?$/.exec(pathname);
  if (!match) return undefined;
  const tool = match[1];
  if (tool === undefined) return 'overview';
  return (programmeTools as readonly string[]).includes(tool) ? (tool as ProgrammePage) : undefined;
}
