// The shape of the validation matrix's bad requests.

/** A request with bad input, and the field the error must name. */
export interface BadRequest {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: (ids: Ids) => string;
  body?: unknown;
  /** The path the error names, e.g. body.email; a prefix is enough. */
  field: string;
  /** Tried by a platform administrator (organisation creation and rescue). */
  platformLevel?: boolean;
}

export interface Ids {
  org: string;
  assessment: string;
  respondent: string;
  user: string;
}

export const a = (ids: Ids) => `/api/v1/organisations/${ids.org}/assessments/${ids.assessment}`;
