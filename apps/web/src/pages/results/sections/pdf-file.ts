/** The address of an assessment's PDF report in a language. */
export function reportPdfPath(organisationId: string, assessmentId: string, lang: string): string {
  return `/api/v1/organisations/${organisationId}/assessments/${assessmentId}/report.pdf?lang=${lang}`;
}

/** The file name a content-disposition header gives, or the fallback. */
export function attachmentName(header: string | null, fallback: string): string {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header ?? '');
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}
