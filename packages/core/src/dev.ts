/**
 * Diagnostics for developers. This is the one module in Paperframe that
 * writes to the console; everything else reports through `warnOnce` (in
 * development) or `reportOnce` (in every build).
 */

declare const process: { env?: { NODE_ENV?: string } };

/**
 * True when development diagnostics are on. Bundlers replace
 * `process.env.NODE_ENV` statically, so a production build drops the
 * warnings; the `typeof` guard keeps an unbundled page from throwing.
 */
// Limitation: an app served unbundled (no `process` shim) gets no
// warnings. Nothing tells a plain page it is in development. A
// `development` export condition that swaps in a dev build would lift it.
export const DEV: boolean =
  typeof process !== 'undefined' && process.env?.NODE_ENV !== 'production';

const seen = new Set<string>();

/**
 * Warns once per `code` in development, prefixed with `[paperframe]`.
 * Passing the element lets devtools reveal which element is misused.
 *
 * @param code - Stable identifier of the warning, e.g. `tag-taken`.
 * @param message - What is wrong, what was expected and how to fix it.
 * @param element - The element concerned, if any.
 * @return Whether the warning was written.
 */
export function warnOnce(
  code: string,
  message: string,
  element?: Element,
): boolean {
  if (!DEV || seen.has(code)) return false;

  seen.add(code);
  const text = `[paperframe] ${message}`;
  if (element) console.warn(text, element);
  else console.warn(text);
  return true;
}

/**
 * Warns once per `code` in every build, production included. Only for a
 * developer's mistake that leaves part of the page wrong, such as a tag
 * another library already holds: the host would otherwise never learn why.
 *
 * @param code - Stable identifier of the warning, e.g. `tag-taken:paper-card`.
 * @param message - What is wrong, what was expected and how to fix it.
 * @param element - The element concerned, if any.
 * @return Whether the warning was written.
 */
export function reportOnce(
  code: string,
  message: string,
  element?: Element,
): boolean {
  if (seen.has(code)) return false;

  seen.add(code);
  const text = `[paperframe] ${message}`;
  if (element) console.warn(text, element);
  else console.warn(text);
  return true;
}

/**
 * Forgets which warnings were already written, so tests can check each one.
 *
 * @internal
 */
export function resetWarnings(): void {
  seen.clear();
}
