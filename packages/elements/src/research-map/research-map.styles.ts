import { css } from 'lit';

const lightKinds = css`
  --_rm-paper: var(--pf-research-map-paper, #2f5fd0);
  --_rm-person: var(--pf-research-map-person, #b45309);
  --_rm-institution: var(--pf-research-map-institution, #0f766e);
  --_rm-topic: var(--pf-research-map-topic, #8b3fc4);
  --_rm-year-old: var(--pf-research-map-year-old, #c7d4f5);
  --_rm-year-new: var(--pf-research-map-year-new, #1b3a8c);
`;

const darkKinds = css`
  --_rm-paper: var(--pf-research-map-paper, #7aa7ff);
  --_rm-person: var(--pf-research-map-person, #f5b454);
  --_rm-institution: var(--pf-research-map-institution, #4fd1c0);
  --_rm-topic: var(--pf-research-map-topic, #d0a2f7);
  --_rm-year-old: var(--pf-research-map-year-old, #3b4a6b);
  --_rm-year-new: var(--pf-research-map-year-new, #a9c6ff);
`;

/** Styles of `<research-map>`. */
export const styles = css`
  :host {
    ${lightKinds}
    --_rm-height: var(--pf-research-map-height, 35em);
    display: block;
    position: relative;
    container-type: inline-size;
  }

  :host([theme='dark']) {
    ${darkKinds}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkKinds}
    }
  }

  .probes {
    display: none;
  }
  [data-probe='paper'] { color: var(--_rm-paper); }
  [data-probe='person'] { color: var(--_rm-person); }
  [data-probe='institution'] { color: var(--_rm-institution); }
  [data-probe='topic'] { color: var(--_rm-topic); }
  [data-probe='text'] { color: var(--_pf-text); }
  [data-probe='surface'] { color: var(--_pf-bg); }
  [data-probe='accent'] { color: var(--_pf-accent); }
  [data-probe='muted'] { color: var(--_pf-muted); }
  [data-probe='year-old'] { color: var(--_rm-year-old); }
  [data-probe='year-new'] { color: var(--_rm-year-new); }

  .base {
    border: var(--_pf-border-width) solid var(--_pf-border);
    border-radius: var(--_pf-radius);
    background: var(--_pf-bg);
    overflow: hidden;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    justify-content: space-between;
    padding: 0.5em var(--_pf-space);
    border-bottom: var(--_pf-border-width) solid var(--_pf-border);
  }

  .legend,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    align-items: center;
  }

  .legend-item {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    padding: 0.2em 0.6em;
    border: var(--_pf-border-width) solid var(--_pf-border);
    border-radius: 999px;
    background: none;
    color: var(--_pf-text);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }

  .legend-item[aria-pressed='false'] {
    color: var(--_pf-muted);
    text-decoration: line-through;
  }

  .legend-item[aria-pressed='false'] .swatch {
    opacity: 0.3;
  }

  .swatch {
    width: 0.8em;
    height: 0.8em;
    background: var(--swatch);
  }
  .swatch.paper { --swatch: var(--_rm-paper); border-radius: 0.2em; }
  .swatch.person { --swatch: var(--_rm-person); border-radius: 50%; }
  .swatch.institution {
    --swatch: var(--_rm-institution);
    clip-path: polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%);
  }
  .swatch.topic {
    --swatch: var(--_rm-topic);
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
  }

  .edge-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.9em;
    margin: 0;
    padding: 0.35em var(--_pf-space);
    color: var(--_pf-muted);
    font-size: 0.8em;
    list-style: none;
  }

  .line {
    display: inline-block;
    width: 1.6em;
    margin-right: 0.3em;
    vertical-align: middle;
    border-top: 2px solid var(--_pf-muted);
  }
  .line.related, .line.about { border-top-style: dashed; }
  .line.affiliated { border-top-style: dotted; border-color: var(--_rm-institution); }
  .line.authored { border-color: var(--_rm-person); }
  .line.about { border-color: var(--_rm-topic); }

  .body {
    display: grid;
    grid-template-columns: 1fr;
  }

  /* The panel scrolls within a bounded height, so selecting a node with
     many connections never makes the element taller. */
  .body .panel {
    box-sizing: border-box;
    max-height: min(16em, var(--_rm-height));
    overflow: auto;
  }

  @container (min-width: 40em) {
    .body {
      grid-template-columns: minmax(0, 1fr) minmax(11em, 14em);
    }
    .body .panel {
      max-height: var(--_rm-height);
      border-top: 0;
      border-left: var(--_pf-border-width) solid var(--_pf-border);
    }
  }

  .stage {
    position: relative;
    min-width: 0;
  }

  .canvas,
  .explorer-canvas {
    position: relative;
  }

  .canvas {
    height: var(--_rm-height);
    outline: none;
  }

  .canvas:focus-visible {
    box-shadow: inset 0 0 0 2px var(--_pf-focus);
  }

  .overlay {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    gap: 0.75em;
    padding: var(--_pf-space);
    color: var(--_pf-muted);
    text-align: center;
  }

  .state {
    min-height: 8em;
    position: relative;
  }

  .notice {
    margin: 0;
    padding: 0.4em var(--_pf-space);
    border-bottom: var(--_pf-border-width) solid var(--_pf-border);
    background: var(--_pf-surface);
    font-size: 0.875em;
  }

  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: 20em;
    padding: 0.3em 0.5em;
    border-radius: 0.3em;
    background: var(--_pf-text);
    color: var(--_pf-bg);
    font-size: 0.8em;
    pointer-events: none;
    transform: translate(-50%, calc(-100% - 14px));
  }

  .panel {
    padding: var(--_pf-space);
    border-top: var(--_pf-border-width) solid var(--_pf-border);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  .panel h3 {
    margin: 0.1em 0 0.4em;
    font-size: 1.05em;
  }

  .panel h4 {
    margin: 0.8em 0 0.2em;
    font-size: 0.9em;
    color: var(--_pf-muted);
  }

  .panel ul,
  .list ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .kind-label {
    color: var(--_pf-muted);
    font-size: 0.85em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .panel-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.6em;
  }

  .list {
    box-sizing: border-box;
    height: var(--_rm-height);
    overflow: auto;
    padding: 0 var(--_pf-space) var(--_pf-space);
  }

  .list h3 {
    margin: 0.9em 0 0.3em;
    font-size: 0.95em;
  }

  .list li {
    padding: 0.2em 0;
  }

  .list .link-button,
  .panel .link-button {
    text-align: start;
  }

  .list .node[aria-pressed='true'] {
    font-weight: bold;
  }

  .list .links {
    padding-left: 1.2em;
    font-size: 0.85em;
  }

  .relation {
    color: var(--_pf-muted);
  }

  dialog {
    width: calc(100vw - 2em);
    max-width: none;
    height: calc(100vh - 2em);
    max-height: none;
    padding: 0;
    border: var(--_pf-border-width) solid var(--_pf-border);
    border-radius: var(--_pf-radius);
    background: var(--_pf-bg);
    color: var(--_pf-text);
  }

  dialog[open] {
    display: flex;
    flex-direction: column;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  .explorer-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
    align-items: end;
    padding: 0.6em var(--_pf-space);
    border-bottom: var(--_pf-border-width) solid var(--_pf-border);
  }

  .explorer-bar h2 {
    flex: 1 0 100%;
    margin: 0;
    font-size: 1.1em;
  }

  .explorer-bar label {
    display: grid;
    gap: 0.15em;
    font-size: 0.85em;
  }

  .explorer-bar input {
    font: inherit;
    padding: 0.25em 0.4em;
  }

  .explorer-bar input[type='number'] {
    width: 6em;
  }

  .explorer-body {
    display: grid;
    flex: 1;
    min-height: 0;
    grid-template-columns: minmax(0, 1fr) minmax(10em, 16em);
  }

  .explorer-canvas {
    min-height: 0;
    height: 100%;
  }

  .explorer-body .panel {
    overflow: auto;
    border-top: 0;
    border-left: var(--_pf-border-width) solid var(--_pf-border);
  }

  .matches {
    font-size: 0.85em;
    color: var(--_pf-muted);
  }
`;
