const STATE = Symbol.for('paperframe.dark-class');

interface DarkClassState {
  className?: string;
  elements: Set<HTMLElement>;
  observer?: MutationObserver;
}

type StateHolder = { [STATE]?: DarkClassState };

/** Shared by every copy of Paperframe on the page, so one observer serves all. */
function state(): DarkClassState {
  const holder = globalThis as StateHolder;
  holder[STATE] ??= { elements: new Set() };
  return holder[STATE];
}

function apply(element: HTMLElement, className: string | undefined): void {
  if (!className) {
    element.removeAttribute('data-pf-scheme');
    return;
  }
  const dark = document.documentElement.classList.contains(className);
  element.setAttribute('data-pf-scheme', dark ? 'dark' : 'light');
}

function applyAll(): void {
  const { className, elements } = state();
  for (const element of elements) apply(element, className);
}

/**
 * Makes the elements follow the host page's own dark mode: while
 * `<html>` has `className` (e.g. `dark`), every element whose `theme` is
 * `auto` renders dark, and light otherwise, whatever the reader's system
 * prefers. An explicit `theme="light"` or `theme="dark"` still wins. The
 * script tag sets it with `data-dark-class="dark"`.
 *
 * @param className - The class the host toggles on `<html>`, or null to
 *   follow the system's colour scheme again.
 */
// Limitation: only the class on <html> is watched; a host that toggles a
// class on <body> instead is not followed. Watching <body> too would need
// a second observer once the body exists.
export function followDarkClass(className: string | null): void {
  const current = state();
  current.className = className?.trim() || undefined;
  applyAll();
}

/**
 * Keeps `element`'s colour scheme in step with the host's dark class while
 * it is connected. All elements share one MutationObserver on `<html>`.
 *
 * @internal
 * @param element - A connected Paperframe element.
 * @return Stops following, for `disconnectedCallback`.
 */
export function watchDarkClass(element: HTMLElement): () => void {
  if (typeof MutationObserver === 'undefined') return () => {};
  const current = state();
  current.elements.add(element);
  apply(element, current.className);

  if (!current.observer) {
    current.observer = new MutationObserver(applyAll);
    current.observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['class'],
    });
  }

  return () => {
    current.elements.delete(element);
    if (current.elements.size > 0) return;
    current.observer?.disconnect();
    current.observer = undefined;
  };
}
