import { html, type TemplateResult } from 'lit';
import { type EDGE_KINDS, NODE_KINDS } from './graph-model.js';
import type { MapTheme } from './graph-view-types.js';

const PROBES = [
  ...NODE_KINDS,
  'text',
  'surface',
  'accent',
  'muted',
  'year-old',
  'year-new',
] as const;

/**
 * Hidden spans whose `color` resolves each canvas token. CSS does not reach
 * the canvas, and a custom property read directly may still hold
 * `light-dark()` or `color-mix()`; a computed `color` is always plain rgb.
 *
 * @return The probes' template.
 */
export function themeProbes(): TemplateResult {
  return html`<div class="probes" aria-hidden="true">
    ${PROBES.map((name) => html`<span data-probe=${name}></span>`)}
  </div>`;
}

/**
 * Reads the canvas theme from the probes rendered by `themeProbes()`.
 *
 * @param root - The element's shadow root.
 * @param host - The element, whose computed font the labels use.
 * @return The theme, or null before the probes are rendered.
 */
export function readTheme(
  root: ShadowRoot,
  host: HTMLElement,
): MapTheme | null {
  const color = (name: string) => {
    const probe = root.querySelector(`[data-probe="${name}"]`);
    return probe ? getComputedStyle(probe).color : '';
  };
  if (!root.querySelector('[data-probe]')) return null;

  const kinds = Object.fromEntries(
    NODE_KINDS.map((kind) => [kind, color(kind)]),
  ) as MapTheme['kinds'];
  const muted = color('muted');
  const edgeColor: Record<(typeof EDGE_KINDS)[number], string> = {
    cites: muted,
    related: muted,
    authored: kinds.person,
    affiliated: kinds.institution,
    about: kinds.topic,
  };

  return {
    font: getComputedStyle(host).fontFamily || 'sans-serif',
    text: color('text'),
    surface: color('surface'),
    accent: color('accent'),
    kinds,
    edges: edgeColor,
    years: [color('year-old'), color('year-new')],
  };
}
