/** The strings of `<paper-detail>`, in English. */
export const detail = {
  paper: 'Paper',
  nextSteps: 'Next steps',
  nextStepsLede:
    'Use like or dislike for the fast social read. Save the paper, or add a specific reaction when it needs one.',
  map: 'Research map',
  reviews: 'Structured reviews',
  discussion: 'Work discussion',
};
