import { count } from './en.js';

/** The strings of `<paper-reactions>`, in English. */
export const reactions = {
  label: 'Reactions',
  loading: 'Loading reactions…',
  errorTitle: 'Reactions could not be loaded.',
  like: 'Like',
  dislike: 'Dislike',
  likes: (n: number) => count(n, 'like', 'likes'),
  dislikes: (n: number) => count(n, 'dislike', 'dislikes'),
  save: 'Save',
  saved: 'Saved',
  saves: (n: number) => count(n, 'save', 'saves'),
  savedIn: 'Saved in',
  collections: 'Save to collections',
  defaultCollection: 'Saved',
  newCollection: 'New collection',
  collectionName: 'Name of the new collection',
  create: 'Create and save',
  close: 'Close',
  addKind: 'Add specific reaction',
  kindsLabel: 'Specific reactions',
  kindCount: (label: string, n: number) =>
    `${label}: ${count(n, 'reader', 'readers')}`,
  logInToCurate: 'Log in to curate',
  pending: 'Saving your change…',
  popupBlocked:
    'Your browser blocked the sign-in window. Allow pop-ups for this site and try again.',
  hostSignIn: 'Sign in on this site to curate.',
  undoneNetwork:
    'Your change was undone: the server could not be reached. Check your connection and try again.',
  undoneTimeout:
    'Your change was undone: the server took too long to answer. Try again.',
  undoneSignedOut:
    'Your change was undone: your sign-in has expired. Log in again to curate.',
  undoneForbidden:
    'Your change was undone: your account is not allowed to do that.',
  undoneRateLimited: (seconds?: number) =>
    seconds === undefined
      ? 'Your change was undone: too many changes in a short time. Wait a minute and try again.'
      : `Your change was undone: too many changes in a short time. Try again in ${count(seconds, 'second', 'seconds')}.`,
  undoneInvalid: (detail?: string) =>
    `Your change was undone: the server refused it${detail ? ` (${detail})` : ''}.`,
  undoneServer: (status: number) =>
    `Your change was undone: the server failed (error ${status}). Try again later.`,
  undoneUnknown: 'Your change was undone: something went wrong.',
};
