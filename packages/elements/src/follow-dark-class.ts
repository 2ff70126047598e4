const STATE = Symbol.for('paperframe.dark-class');

/**
 * Page-wide dark-class state under a `Symbol.for` key, shared by every copy
 * of Paperframe. Elements only register in it, so pages that never call
 * `followDarkClass` do not load the code that watches the page.
 *
 * @internal
 */
export interface DarkClassState {
  /** The connected elements. */
  elements: Set<HTMLElement>;
  /** Sets one element's scheme; present once `followDarkClass` ran. */
  apply?: (element: HTMLElement) => void;
}

function darkClassState(): DarkClassState {
  const holder = globalThis as { [STATE]?: DarkClassState };
  holder[STATE] ??= { elements: new Set() };
  return holder[STATE];
}

let observer: MutationObserver | undefined;
let followed: string | undefined;

function apply(element: HTMLElement): void {
  if (!followed) {
    element.removeAttribute('data-pf-scheme');
    return;
  }
  const dark = document.documentElement.classList.contains(followed);
  element.setAttribute('data-pf-scheme', dark ? 'dark' : 'light');
}

function applyAll(): void {
  for (const element of darkClassState().elements) apply(element);
}

/**
 * Makes the elements follow the host page's own dark mode: while `<html>`
 * has `className` (e.g. `dark`), every element whose `theme` is `auto`
 * renders dark, and light otherwise, whatever the reader's system prefers.
 * An explicit `theme="light"` or `theme="dark"` still wins. One
 * MutationObserver on `<html>` serves every element. The script tag sets
 * it with `data-dark-class="dark"`.
 *
 * @param className - The class the host toggles on `<html>`, or null to
 *   follow the system's colour scheme again.
 */
// Limitation: only the class on <html> is watched; a host that toggles a
// class on <body> instead is not followed. Watching <body> too would need
// a second observer once the body exists.
export function followDarkClass(className: string | null): void {
  followed = className?.trim() || undefined;
  darkClassState().apply = apply;
  applyAll();

  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(applyAll);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['class'],
  });
}
