import { ContextRoot, createContext } from '@lit/context';
import type { Session } from '@paperframe/core';

/**
 * The values `<paper-frame>` provides to every Paperframe element inside it.
 * Keys use `Symbol.for`, so two copies of Paperframe on a page agree.
 */

/** Base URL of the backend. */
export const apiContext = createContext<string | undefined>(
  Symbol.for('paperframe.api'),
);

/** The paper shown, as a scheme-prefixed id. */
export const paperIdContext = createContext<string | undefined>(
  Symbol.for('paperframe.paper-id'),
);

/** The session shared by the elements inside a `<paper-frame>`. */
export const sessionContext = createContext<Session | undefined>(
  Symbol.for('paperframe.session'),
);

const ROOT = Symbol.for('paperframe.context-root');

/**
 * Attaches one `ContextRoot` to the document, once per page. Elements
 * upgrade in definition order, so a child can ask for context before its
 * `<paper-frame>` is defined; the root keeps the request and replays it
 * when the provider appears. Call it before the first request goes out.
 */
export function ensureContextRoot(): void {
  if (typeof document === 'undefined') return;

  const root = document.documentElement as HTMLElement & { [ROOT]?: true };
  if (root[ROOT]) return;

  root[ROOT] = true;
  new ContextRoot().attach(root);
}
