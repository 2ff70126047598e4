import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * Text written by readers (reviews, comments, names) is shown as text.
 * Paragraphs and line breaks are kept and `http(s)` links become anchors;
 * everything else is bound as a Lit text part, so no string of user text
 * ever reaches `innerHTML`.
 */

/** An http(s) address; it ends at a space, a quote or a direction mark. */
const LINK =
  /\bhttps?:\/\/[^\s<>"'`\u200e\u200f\u202a-\u202e\u2066-\u2069]+/giu;

/** Punctuation that ends a sentence rather than a URL. */
const TRAILING = /[.,;:!?'"»”’)\]}>]+$/u;

/** A piece of one line: plain text or a link. */
type Piece = { text: string; href?: string };

/**
 * Splits a line into text and links. A closing bracket stays in the link
 * only when the link also opened one, as Wikipedia URLs do.
 *
 * @param line - One line of user text.
 * @return Its pieces, in order.
 */
export function linkify(line: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;

  for (const match of line.matchAll(LINK)) {
    let url = match[0];
    let tail = TRAILING.exec(url)?.[0] ?? '';
    url = url.slice(0, url.length - tail.length);
    while (tail.startsWith(')') && count(url, '(') > count(url, ')')) {
      url += ')';
      tail = tail.slice(1);
    }

    const href = safeHref(url);
    const start = match.index ?? 0;
    if (start > at) pieces.push({ text: line.slice(at, start) });
    pieces.push(href ? { text: url, href } : { text: url });
    at = start + url.length;
  }

  if (at < line.length) pieces.push({ text: line.slice(at) });
  return pieces;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * An `http(s)` URL as the browser would resolve it, or undefined for any
 * other scheme or an unparseable one.
 *
 * @param url - A candidate URL.
 * @return The URL to put in `href`, or undefined.
 */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
      ? parsed.href
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Renders reader-written text: one `<p dir="auto">` per paragraph (blank
 * lines split them), `<br>` for single line breaks, and clickable links
 * marked `rel="nofollow ugc noopener"`.
 *
 * @param text - The text as the reader wrote it.
 * @return The template.
 */
export function userText(text: string): TemplateResult {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

  return html`${paragraphs.map(
    (paragraph) =>
      html`<p class="user-text" dir="auto">${paragraph
        .split('\n')
        .map(
          (line, index) =>
            html`${index > 0 ? html`<br />` : nothing}${linkify(line).map(
              renderPiece,
            )}`,
        )}</p>`,
  )}`;
}

/**
 * Renders a one-line piece of reader text, such as a display name or a
 * list item, isolated so right-to-left text does not reorder its
 * neighbours.
 *
 * @param text - The text.
 * @return The template.
 */
export function userLine(text: string): TemplateResult {
  return html`<bdi class="user-text" dir="auto">${text}</bdi>`;
}

function renderPiece(piece: Piece): TemplateResult | string {
  if (!piece.href) return piece.text;
  // An isolated, left-to-right link: direction marks in the text around it
  // cannot reorder the address a reader sees.
  return html`<bdi dir="ltr"
    ><a href=${piece.href} rel="nofollow ugc noopener" target="_blank"
      >${piece.text}</a
    ></bdi
  >`;
}

/**
 * The length of a text as the server checks it: trimmed, in UTF-16 code
 * units, so an emoji counts 2 and a combining accent 1, exactly as the
 * limit the server answers with.
 *
 * @param text - The text in a form field.
 * @return Its length for the server's limits.
 */
export function serverLength(text: string): number {
  return text.trim().length;
}

/** Styles for reader text: long words wrap, nothing overflows the box. */
export const userTextStyles = css`
  .user-text {
    overflow-wrap: anywhere;
    word-break: normal;
    unicode-bidi: isolate;
  }

  p.user-text {
    margin: 0 0 0.6em;
  }

  p.user-text:last-child {
    margin-bottom: 0;
  }
`;
