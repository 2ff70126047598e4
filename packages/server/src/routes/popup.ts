import type { App, AppDeps } from '../http/context.js';
import { POPUP_SCRIPT, POPUP_STYLES } from './popup-assets.js';

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[
        ch
      ]!,
  );
}

function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/auth/popup.css">
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** The popup sign-in page, its script and its styles. */
export function popupRoutes(app: App, { corsOrigins }: AppDeps): void {
  const allowed = new Set(corsOrigins);
  const headers = {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };

  app.get('/auth/popup', (c) => {
    const origin = c.req.query('origin') ?? '';
    if (!allowed.has(origin)) {
      const shown = origin ? `“${escapeHtml(origin)}”` : 'No site';
      return c.html(
        page(
          'Sign-in refused',
          '',
          `<h1>Sign-in refused</h1>
<p>${shown} is not allowed to sign in with this Paperframe server, so no token was sent.</p>
<p>If you run that site, add its origin to the server's <code>CORS_ORIGINS</code>.</p>`,
        ),
        403,
        headers,
      );
    }
    return c.html(
      page(
        'Sign in to Paperframe',
        `<meta name="pf-origin" content="${escapeHtml(origin)}">
<script src="/auth/popup.js" defer></script>`,
        `<h1>Sign in to curate</h1>
<p class="pf-origin">for ${escapeHtml(origin)}</p>
<form id="pf-form">
  <div id="pf-name-row" hidden>
    <label for="pf-name">Name</label>
    <input id="pf-name" name="name" autocomplete="name" maxlength="100">
  </div>
  <label for="pf-email">Email</label>
  <input id="pf-email" name="email" type="email" autocomplete="email" required>
  <label for="pf-password">Password</label>
  <input id="pf-password" name="password" type="password" autocomplete="current-password" minlength="8" required>
  <button id="pf-submit" type="submit">Log in</button>
</form>
<button id="pf-toggle" type="button">New here? Create an account</button>
<p id="pf-status" role="status" aria-live="polite"></p>`,
      ),
      200,
      headers,
    );
  });

  app.get('/auth/popup.js', (c) =>
    c.body(POPUP_SCRIPT, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    }),
  );
  app.get('/auth/popup.css', (c) =>
    c.body(POPUP_STYLES, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    }),
  );
}
