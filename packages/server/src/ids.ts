import { createHash } from 'node:crypto';

/** A paper id after parsing: which scheme, and the normalised value. */
export interface PaperRef {
  scheme: 'doi' | 'arxiv' | 'openalex' | 'pf';
  value: string;
}

const DOI = /^10\.\d{4,9}\/\S+$/;
const ARXIV_NEW = /^(\d{4}\.\d{4,5})(v\d+)?$/i;
const ARXIV_OLD = /^([a-z-]+(?:\.[a-z]{2})?\/\d{7})(v\d+)?$/i;
const OPENALEX = /^w\d+$/i;
const OWN = /^[a-z0-9][a-z0-9._-]{0,120}$/;

/** Lower-cases a DOI and drops a `https://doi.org/` or `doi:` prefix. */
export function normaliseDoi(raw: string): string | null {
  const doi = raw
    .trim()
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
    .replace(/^doi:/i, '')
    .toLowerCase();
  return DOI.test(doi) ? doi : null;
}

/** Reduces an arXiv id or abs/pdf URL to the bare id without a version. */
export function normaliseArxiv(raw: string): string | null {
  const id = raw
    .trim()
    .replace(/^https?:\/\/arxiv\.org\/(abs|pdf)\//i, '')
    .replace(/\.pdf$/i, '')
    .replace(/^arxiv:/i, '');
  const match = ARXIV_NEW.exec(id) ?? ARXIV_OLD.exec(id);
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** Reduces an OpenAlex work id or URL to `W…`. */
export function normaliseOpenAlex(raw: string): string | null {
  const id = raw
    .trim()
    .replace(/^https?:\/\/(api\.)?openalex\.org\/(works\/)?/i, '');
  return OPENALEX.test(id) ? id.toUpperCase() : null;
}

/**
 * Parses a scheme-prefixed paper id such as `arxiv:2204.05862`. Returns null
 * when the id is malformed (the caller answers 400).
 */
export function parsePaperId(raw: string): PaperRef | null {
  const colon = raw.indexOf(':');
  if (colon <= 0) return null;
  const scheme = raw.slice(0, colon).toLowerCase();
  const rest = raw.slice(colon + 1);
  if (scheme === 'doi') {
    const value = normaliseDoi(rest);
    return value ? { scheme, value } : null;
  }
  if (scheme === 'arxiv') {
    const value = normaliseArxiv(rest);
    return value ? { scheme, value } : null;
  }
  if (scheme === 'openalex') {
    const value = normaliseOpenAlex(rest);
    return value ? { scheme, value } : null;
  }
  if (scheme === 'pf') {
    const value = rest.toLowerCase();
    return OWN.test(value) ? { scheme, value: `pf:${value}` } : null;
  }
  return null;
}

/** Turns a name into a lower-case slug usable inside node ids. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug || shortHash(text);
}

/** The first 12 hex digits of the SHA-256 of `text`. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/**
 * The server's own id for a work, derived only from its source id so that a
 * re-import keeps it: `pf:w4223908421` for an OpenAlex work, `pf:<slug>` for a
 * URN, `pf:h<hash>` for anything else.
 */
export function ownPaperId(sourceId: string): string {
  const openalex = normaliseOpenAlex(sourceId);
  if (openalex) return `pf:${openalex.toLowerCase()}`;

  const urn = /^urn:[a-z0-9-]+:(.+)$/i.exec(sourceId);
  if (urn?.[1]) {
    const slug = slugify(urn[1]).slice(0, 100);
    if (OWN.test(slug)) return `pf:${slug}`;
  }
  return `pf:h${shortHash(sourceId)}`;
}
