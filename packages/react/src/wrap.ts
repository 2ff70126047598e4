import {
  createComponent,
  type EventName,
  type ReactWebComponent,
} from '@lit/react';
import * as React from 'react';

/** What `createComponent` takes as events: React prop to DOM event name. */
export type EventNames = Record<string, EventName | string>;

/**
 * Makes a React component for a Paperframe element class. Properties are
 * set as DOM properties (so objects and functions such as `tokenProvider`
 * pass through), and each prop in `events` listens to its DOM event.
 *
 * It does not define the tag: import `@paperframe/elements/define.js` once,
 * or call `defineElements()`. Use it directly when the app defines the
 * elements under other names, e.g.
 * `wrap('pf-paper-card', PaperCard, pickEvents('onLoadError'))` after
 * `defineElements({ prefix: 'pf-' })`.
 *
 * @param tagName - The tag the element is defined under.
 * @param elementClass - The element's class, from `@paperframe/elements`.
 * @param events - React event props and the DOM events they listen to.
 * @return The React component.
 */
export function wrap<I extends HTMLElement, E extends EventNames>(
  tagName: string,
  elementClass: new () => I,
  events: E,
): ReactWebComponent<I, E> {
  return createComponent({
    react: React,
    tagName,
    elementClass,
    events,
    displayName: pascalCase(tagName),
  });
}

function pascalCase(tag: string): string {
  return tag.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) =>
    letter.toUpperCase(),
  );
}
