import type { OperatingModelPack } from '@citymaturity/model';
import { useOutletContext } from 'react-router';

/** What the workspace's layout gives its pages. */
export interface ProgrammeContext {
  organisationId: string;
  /** The ISO 37106 pack (loaded by the layout). */
  pack: OperatingModelPack;
  /** Whether the signed-in member may change the workspace (`programme.manage`). */
  canManage: boolean;
  /** Designation of each source document of the pack, by id. */
  documents: ReadonlyMap<string, string>;
}

/** The workspace's context, inside a page of the workspace. */
export function useProgramme(): ProgrammeContext {
  return useOutletContext<ProgrammeContext>();
}
