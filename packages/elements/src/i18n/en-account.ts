/** The strings of `<paper-account>`, in English. */
export const account = {
  signedInAs: 'Signed in as',
  signOut: 'Sign out',
  logIn: 'Log in',
  checking: 'Checking sign-in…',
  expired: 'Your session expired. Log in again to curate.',
  signedOut: 'You are signed out.',
  closed: 'Sign-in was closed before it finished.',
  unreachable: 'Your sign-in could not be checked: the server did not answer.',
};
