/**
 * The sign-in popup's script and styles, served as files so the page works
 * under a CSP without 'unsafe-inline'.
 */
export const POPUP_SCRIPT = `'use strict';
(() => {
  const origin = document.querySelector('meta[name="pf-origin"]').content;
  const form = document.getElementById('pf-form');
  const status = document.getElementById('pf-status');
  const nameRow = document.getElementById('pf-name-row');
  const toggle = document.getElementById('pf-toggle');
  const submit = document.getElementById('pf-submit');
  let mode = 'login';

  const say = (text) => { status.textContent = text; };

  toggle.addEventListener('click', () => {
    mode = mode === 'login' ? 'register' : 'login';
    nameRow.hidden = mode === 'login';
    submit.textContent = mode === 'login' ? 'Log in' : 'Create account';
    toggle.textContent = mode === 'login'
      ? 'New here? Create an account'
      : 'Have an account? Log in';
    say('');
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = { email: data.get('email'), password: data.get('password') };
    if (mode === 'register') body.name = data.get('name');
    submit.disabled = true;
    say(mode === 'login' ? 'Logging in…' : 'Creating your account…');
    try {
      const res = await fetch('/v1/auth/' + mode, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = await res.json().catch(() => ({}));
      if (!res.ok) {
        say(json.detail || 'That did not work (' + res.status + ').');
        return;
      }
      if (!window.opener) {
        say('Signed in, but the page that opened this window is gone. Close this window and try again.');
        return;
      }
      window.opener.postMessage(
        { type: 'paperframe:auth', token: json.token, user: json.user, expiresAt: json.expiresAt },
        origin,
      );
      say('Signed in. You can close this window.');
      window.close();
    } catch {
      say('The server could not be reached. Try again.');
    } finally {
      submit.disabled = false;
    }
  });
})();
`;

/** Styles of the popup and refusal pages. */
export const POPUP_STYLES = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; }
body { margin: 0; padding: 1.5rem; max-width: 24rem; }
h1 { font-size: 1.25rem; margin: 0 0 1rem; }
label { display: block; margin: 0.75rem 0 0.25rem; font-weight: 600; }
input { box-sizing: border-box; width: 100%; padding: 0.5rem; font: inherit; }
button { margin-top: 1rem; padding: 0.5rem 1rem; font: inherit; cursor: pointer; }
#pf-toggle { background: none; border: none; padding: 0; text-decoration: underline; }
#pf-status { min-height: 1.5em; margin-top: 1rem; }
.pf-origin { color: GrayText; font-size: 0.875rem; overflow-wrap: anywhere; }
`;
