import type { App } from '../http/context.js';
import { OPERATIONS, openApiDocument } from '../openapi.js';
import { escapeHtml } from './popup.js';

const STYLE = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
code,pre{font-family:ui-monospace,monospace;font-size:.875rem}
pre{background:#f4f4f4;padding:.75rem;overflow:auto;border-radius:4px}
section{border-top:1px solid #ddd;padding:.5rem 0}
.m{display:inline-block;min-width:4.5rem;font-weight:700;text-transform:uppercase}
table{border-collapse:collapse}td,th{text-align:left;padding:.125rem .75rem .125rem 0;vertical-align:top}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}pre{background:#222}}`;

function renderDocs(): string {
  const doc = openApiDocument() as {
    info: { title: string; description: string };
    components: { schemas: Record<string, unknown> };
  };
  const tags = [...new Set(OPERATIONS.map((o) => o.tag))];
  const anchor = (name: string) => `schema-${name}`;
  const schemaLink = (name: string) =>
    `<a href="#${anchor(name)}"><code>${name}</code></a>`;

  const ops = tags
    .map((tag) => {
      const items = OPERATIONS.filter((o) => o.tag === tag)
        .map((o) => {
          const params = (o.params ?? [])
            .map(
              (p) =>
                `<tr><td><code>${p.name}</code></td><td>${p.in}${p.required ? ', required' : ''}</td><td>${escapeHtml(p.description)}</td></tr>`,
            )
            .join('');
          const auth =
            o.auth === 'required'
              ? 'Bearer token required.'
              : o.auth === 'moderator'
                ? 'Moderator token required.'
                : o.auth === 'optional'
                  ? 'Bearer token optional (adds the caller’s own state).'
                  : 'No token needed.';
          return `<section>
<h3><span class="m">${o.method}</span> <code>${escapeHtml(o.path)}</code></h3>
<p>${escapeHtml(o.summary)}.${o.description ? ` ${escapeHtml(o.description)}` : ''} ${auth}</p>
${params ? `<table><tr><th>Parameter</th><th>In</th><th>Meaning</th></tr>${params}</table>` : ''}
${o.body ? `<p>Body: ${schemaLink(o.body)}</p>` : ''}
<p>${o.ok[0]}: ${o.ok[1] ? schemaLink(o.ok[1]) : 'no body'}${o.errors.length ? `; errors ${o.errors.join(', ')} as ${schemaLink('Problem')}` : ''}</p>
</section>`;
        })
        .join('\n');
      return `<h2 id="${escapeHtml(tag.toLowerCase().replace(/\s+/g, '-'))}">${escapeHtml(tag)}</h2>\n${items}`;
    })
    .join('\n');

  const schemas = Object.entries(doc.components.schemas)
    .map(
      ([name, schema]) =>
        `<section id="${anchor(name)}"><h3><code>${name}</code></h3><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></section>`,
    )
    .join('\n');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(doc.info.title)}</h1>
<p>${escapeHtml(doc.info.description)} The machine-readable contract is <a href="/openapi.json">/openapi.json</a>.</p>
<nav><p>${tags.map((t) => `<a href="#${escapeHtml(t.toLowerCase().replace(/\s+/g, '-'))}">${escapeHtml(t)}</a>`).join(' · ')} · <a href="#schemas">Schemas</a></p></nav>
${ops}
<h2 id="schemas">Schemas</h2>
${schemas}
</body>
</html>
`;
}

/** `/openapi.json` and the `/docs` reference page. */
export function docsRoutes(app: App): void {
  let html: string | undefined;
  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/docs', (c) => {
    html ??= renderDocs();
    return c.html(html, 200, {
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'",
    });
  });
  app.get('/', (c) => c.redirect('/docs'));
}
