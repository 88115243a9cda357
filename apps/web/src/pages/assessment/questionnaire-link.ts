/** The questionnaire of one response; without a characteristic it opens at the first unanswered one. */
export function questionnairePath(
  organisationId: string,
  assessmentId: string,
  respondentId: string,
  characteristicId?: string,
): string {
  const base = `/organisations/${organisationId}/assessments/${assessmentId}/questionnaire`;
  const query = `?respondent=${encodeURIComponent(respondentId)}`;
  return characteristicId ? `${base}/${characteristicId}${query}` : `${base}${query}`;
}
