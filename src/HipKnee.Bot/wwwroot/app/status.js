// The day statuses of the API and the labels that name them.

export const statusLabelKey = {
  completed: 'statusCompleted',
  partial: 'statusPartial',
  missed: 'statusMissed',
  rest: 'statusRest',
  upcoming: 'statusUpcoming',
};

/** The legend's order: what the runner did first, then what is still to come. */
export const legendOrder = ['completed', 'partial', 'missed', 'upcoming', 'rest'];

/** The label of a status, or '' for a day before the runner joined (drawn blank). */
export function statusLabel(labels, status) {
  const key = statusLabelKey[status];
  return key ? labels[key] || '' : '';
}
