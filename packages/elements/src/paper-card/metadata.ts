import type { Paper } from '@paperframe/core';

/** The Trusted Types policy name a strict host must allow. */
export const TRUSTED_TYPES_POLICY = 'paperframe';

const REGISTRY = Symbol.for('paperframe.card-metadata');
const POLICY = Symbol.for('paperframe.trusted-types-policy');

/** Attribute that marks the nodes written for one paper. */
const MARK = 'data-paperframe-paper';

interface Entry {
  owners: Set<object>;
  nodes: Element[];
}

interface ScriptPolicy {
  createScript(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScript(input: string): string },
  ): ScriptPolicy;
}

type Holder = {
  [REGISTRY]?: Map<string, Entry>;
  [POLICY]?: ScriptPolicy | null;
  trustedTypes?: TrustedTypesFactory;
};

function registry(): Map<string, Entry> {
  const holder = globalThis as Holder;
  holder[REGISTRY] ??= new Map();
  return holder[REGISTRY];
}

/**
 * Writes a paper's metadata into `document.head` for reference managers
 * and search engines, which do not look inside shadow roots: a JSON-LD
 * `ScholarlyArticle` and Highwire `citation_*` meta tags. Cards showing the
 * same paper share one set of nodes, kept until the last of them lets go.
 *
 * @internal
 * @param owner - The card asking; pass it again to `releaseMetadata`.
 * @param paper - The paper shown.
 */
export function writeMetadata(owner: object, paper: Paper): void {
  const entries = registry();
  const entry = entries.get(paper.id);
  if (entry) {
    entry.owners.add(owner);
    return;
  }

  const nodes: Element[] = [...citationMeta(paper)];
  const script = jsonLdScript(paper);
  if (script) nodes.push(script);
  for (const node of nodes) {
    node.setAttribute(MARK, paper.id);
    document.head.append(node);
  }
  entries.set(paper.id, { owners: new Set([owner]), nodes });
}

/**
 * Lets go of the metadata `owner` asked for; the nodes go once no card
 * shows that paper any more.
 *
 * @internal
 * @param owner - The card that called `writeMetadata`.
 * @param paperId - The paper's `id`, or undefined to let go of every paper.
 */
export function releaseMetadata(owner: object, paperId?: string): void {
  const entries = registry();
  for (const [id, entry] of entries) {
    if (paperId !== undefined && id !== paperId) continue;
    if (!entry.owners.delete(owner) || entry.owners.size > 0) continue;
    for (const node of entry.nodes) node.remove();
    entries.delete(id);
  }
}

/** The schema.org description of a paper, as a plain object. */
export function scholarlyArticle(paper: Paper): Record<string, unknown> {
  const identifiers = [
    paper.ids.doi && propertyValue('doi', paper.ids.doi),
    paper.ids.arxiv && propertyValue('arxiv', paper.ids.arxiv),
  ].filter(Boolean);

  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    name: paper.title,
    author: paper.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
    })),
    ...(paper.year !== null && { datePublished: String(paper.year) }),
    ...(identifiers.length > 0 && { identifier: identifiers }),
    ...(httpUrl(paper.landingUrl) && { url: paper.landingUrl }),
    isAccessibleForFree: paper.openAccess.isOa,
    ...(paper.abstract && { abstract: paper.abstract }),
  };
}

function propertyValue(propertyID: string, value: string) {
  return { '@type': 'PropertyValue', propertyID, value };
}

function citationMeta(paper: Paper): HTMLMetaElement[] {
  const pairs: Array<[string, string | null | undefined]> = [
    ['citation_title', paper.title],
    ...paper.authors.map((author): [string, string] => [
      'citation_author',
      author.name,
    ]),
    ['citation_publication_date', paper.year?.toString()],
    ['citation_doi', paper.ids.doi],
    ['citation_arxiv_id', paper.ids.arxiv],
    ['citation_pdf_url', pdfUrl(paper)],
  ];

  return pairs
    .filter((pair): pair is [string, string] => Boolean(pair[1]))
    .map(([name, content]) => {
      const meta = document.createElement('meta');
      meta.name = name;
      meta.content = content;
      return meta;
    });
}

/** A PDF link: the open-access URL when it is one, else arXiv's PDF. */
function pdfUrl(paper: Paper): string | undefined {
  const url = httpUrl(paper.openAccess.url);
  if (url && /\.pdf(?:$|[?#])|arxiv\.org\/pdf\//i.test(url)) return url;
  if (paper.ids.arxiv) {
    return `https://arxiv.org/pdf/${encodeURIComponent(paper.ids.arxiv)}`;
  }
  return undefined;
}

function httpUrl(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

function jsonLdScript(paper: Paper): HTMLScriptElement | undefined {
  // `<` is escaped so no text in the paper can close the script element.
  const json = JSON.stringify(scholarlyArticle(paper)).replace(/</g, '\\u003c');
  const policy = scriptPolicy();
  if (!policy && (globalThis as Holder).trustedTypes) return undefined;

  const script = document.createElement('script');
  script.type = 'application/ld+json';
  try {
    // Pages that require Trusted Types treat a script's text as a sink,
    // even for a data block that never runs.
    script.textContent = (policy ? policy.createScript(json) : json) as string;
    return script;
  } catch {
    return undefined;
  }
}

/**
 * The `paperframe` Trusted Types policy, created once per page and shared
 * by every copy of Paperframe. It passes JSON only, so it cannot be used to
 * run script. Null where the browser has no Trusted Types or the page's
 * `trusted-types` directive does not allow the name.
 */
// Limitation: a page whose CSP lists `trusted-types` without `paperframe`
// gets the citation_* tags but no JSON-LD, and one CSP report for the
// refused policy. Adding `paperframe` to the directive lifts it (beside
// `lit-html`, which every Lit element needs under such a list).
function scriptPolicy(): ScriptPolicy | null {
  const holder = globalThis as Holder;
  if (holder[POLICY] !== undefined) return holder[POLICY];

  let policy: ScriptPolicy | null = null;
  try {
    policy =
      holder.trustedTypes?.createPolicy(TRUSTED_TYPES_POLICY, {
        createScript: (input) => {
          JSON.parse(input);
          return input;
        },
      }) ?? null;
  } catch {
    policy = null;
  }
  holder[POLICY] = policy;
  return policy;
}
