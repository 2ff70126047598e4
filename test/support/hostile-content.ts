import type { Graph, Paper } from '@paperframe/core';
import { TRIPWIRE, XSS_PAYLOADS } from './xss-payloads.mjs';

/** The global a payload calls if it ever runs. */
export const PWNED = '__pwned';

/** URLs a hostile import could put where the card makes links. */
export const HOSTILE_URLS = [
  `javascript:${PWNED}()`,
  `JaVaScRiPt:${PWNED}()`,
  ` javascript:${PWNED}()`,
  `java\tscript:${PWNED}()`,
  `data:text/html,<script>${PWNED}()</script>`,
  `vbscript:${PWNED}()`,
];

/** Stacks of every payload that ran; empty when none did. */
export const fired: string[] = [];

/**
 * Installs the tripwire under both names the payloads use, so a payload
 * that runs is recorded instead of passing unnoticed.
 */
export function armTripwire(): void {
  const trip = () => {
    fired.push(new Error('payload ran').stack ?? 'payload ran');
  };
  const page = window as unknown as Record<string, unknown>;
  page[PWNED] = trip;
  page[TRIPWIRE] = trip;
}

/**
 * The paper with every imported text field replaced by payloads: the
 * title, venue and type by one, the abstract by all of them, and one
 * author, institution and topic per payload; every link is hostile.
 *
 * @param paper - A paper as the real server sent it.
 * @param payloads - The payloads to plant.
 * @return The poisoned paper, still valid against the contract.
 */
export function poisonPaper(
  paper: Paper,
  payloads: readonly string[] = XSS_PAYLOADS,
): Paper {
  const named = (prefix: string) =>
    payloads.map((name, i) => ({ id: `${prefix}${i}`, name }));

  return {
    ...paper,
    title: payloads.join(' '),
    abstract: payloads.join('\n'),
    venue: payloads[3] ?? null,
    type: payloads[5] ?? null,
    landingUrl: HOSTILE_URLS[0] ?? null,
    openAccess: { isOa: true, url: HOSTILE_URLS[1] ?? null },
    codeLinks: HOSTILE_URLS,
    datasetLinks: [...HOSTILE_URLS].reverse(),
    authors: named('openalex:A').map((author) => ({
      ...author,
      institutions: [{ id: 'openalex:I1', name: payloads[1] ?? '' }],
    })),
    institutions: named('openalex:I'),
    topics: named('openalex:T'),
  };
}

/**
 * Poisons any answer that holds papers: one paper, or a batch.
 *
 * @param body - The real server's answer.
 * @return The answer with every paper poisoned, or undefined to keep it.
 */
export function poisonPapers(body: unknown): unknown {
  const value = body as { items?: unknown[]; title?: unknown };
  if (typeof value?.title === 'string') return poisonPaper(body as Paper);
  if (!Array.isArray(value?.items)) return undefined;
  if (!value.items.every((item) => typeof (item as Paper).title === 'string'))
    return undefined;
  return {
    ...value,
    items: (value.items as Paper[]).map((p) => poisonPaper(p)),
  };
}

const EDGE_OF = {
  paper: 'cites',
  person: 'authored',
  institution: 'affiliated',
  topic: 'about',
} as const;

/**
 * The real graph around a paper plus one node per payload, labelled with
 * it, of every kind in turn; the real nodes' labels become payloads too.
 *
 * @param graph - The real server's graph.
 * @return A valid graph whose every label is hostile.
 */
export function poisonGraph(graph: Graph): Graph {
  const centre = graph.nodes[0];
  if (!centre) return graph;

  const kinds = Object.keys(EDGE_OF) as Array<keyof typeof EDGE_OF>;
  const added = XSS_PAYLOADS.map((label, i) => {
    const kind = kinds[i % kinds.length] as keyof typeof EDGE_OF;
    return { id: `hostile:${kind}:${i}`, kind, label, year: 2000 + (i % 25) };
  });
  const relabelled = graph.nodes.map((node, i) =>
    i === 0
      ? node
      : { ...node, label: XSS_PAYLOADS[i % XSS_PAYLOADS.length] ?? '' },
  );

  return {
    ...graph,
    nodes: [...relabelled, ...added],
    edges: [
      ...graph.edges,
      ...added.map((node) => ({
        id: `edge:${node.id}`,
        source: node.kind === 'paper' ? node.id : centre.id,
        target: node.kind === 'paper' ? centre.id : node.id,
        kind: EDGE_OF[node.kind],
      })),
    ],
    truncated: false,
  };
}

const DANGEROUS_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'meta',
  'link',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'srcdoc',
]);

/** Every element under `root`, through every open shadow root. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/**
 * Active content under `root`: script-like tags, event-handler
 * attributes, and script or data URLs, each described in a few words.
 *
 * @param root - Where to look, shadow roots included.
 * @return What was found; empty when the page is clean.
 */
export function activeContent(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of deepElements(root)) {
    const tag = el.localName;
    if (DANGEROUS_TAGS.has(tag)) found.push(`<${tag}>`);

    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      // Browsers skip whitespace and control characters in a URL's scheme.
      const value = [...attr.value]
        .filter((ch) => ch.charCodeAt(0) > 0x20)
        .join('');
      if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
      if (
        URL_ATTRIBUTES.has(name) &&
        /^(javascript|data|vbscript):/i.test(value)
      )
        found.push(`<${tag} ${name}="${attr.value}">`);
    }
  }
  return found;
}

/**
 * The tag names under `root`, shadow roots included.
 *
 * @param root - Where to look.
 * @return The set of tag names.
 */
export function tagNames(root: ParentNode): Set<string> {
  return new Set(deepElements(root).map((el) => el.localName));
}

/** Text without whitespace, since markup-like text may wrap. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * The text a reader sees under `root`, shadow roots included.
 *
 * @param root - Where to look.
 * @return All text, whitespace removed.
 */
export function deepText(root: Element): string {
  const parts = [root.textContent ?? '', root.shadowRoot?.textContent ?? ''];
  for (const el of deepElements(root)) {
    if (el.shadowRoot) parts.push(el.shadowRoot.textContent ?? '');
  }
  return squash(parts.join(''));
}
