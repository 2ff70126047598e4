import type { Graph } from '@paperframe/core';
import { html, nothing, type TemplateResult } from 'lit';
import {
  type Connection,
  type GraphFilter,
  isVisible,
  NODE_KINDS,
} from './graph-model.js';
import { msg } from '../i18n/index.js';

/** The map's strings in the language being rendered. */
const strings = () => msg().researchMap;

/** What the list view needs from the element. */
export interface ListViewOptions {
  graph: Graph;
  filter: GraphFilter;
  connections: Map<string, Connection[]>;
  selectedId: string | null;
  onSelect(nodeId: string): void;
}

/**
 * The map as a list for keyboard and screen-reader users: one section per
 * node kind, each node a button, followed by its connections as buttons
 * that move to the connected node.
 *
 * @param options - Graph, filter and selection.
 * @return The list's template.
 */
export function renderList(options: ListViewOptions): TemplateResult {
  const { graph, filter, connections, selectedId, onSelect } = options;
  const visible = graph.nodes.filter((node) => isVisible(node, filter));
  const shown = new Set(visible.map((node) => node.id));

  const jump = (id: string, event: Event) => {
    // The list's own shadow root, whatever element hosts the map.
    const root = (event.currentTarget as Element).getRootNode() as ParentNode;
    onSelect(id);
    // The target button exists once the selection has re-rendered.
    requestAnimationFrame(() => {
      const target = root.querySelector<HTMLElement>(
        `.list [data-node-id="${CSS.escape(id)}"]`,
      );
      target?.focus();
    });
  };

  return html`<div part="list" class="list">
    ${NODE_KINDS.map((kind) => {
      const nodes = visible.filter((node) => node.kind === kind);
      if (nodes.length === 0) return nothing;

      return html`<section aria-labelledby="list-${kind}">
        <h3 id="list-${kind}">${strings().kinds[kind]} (${nodes.length})</h3>
        <ul>
          ${nodes.map((node) => {
            const links = (connections.get(node.id) ?? []).filter((link) =>
              shown.has(link.other.id),
            );
            return html`<li>
              <button
                class="link-button node"
                data-node-id=${node.id}
                aria-pressed=${node.id === selectedId}
                @click=${() => onSelect(node.id)}
              >
                ${node.label}${node.year ? ` (${node.year})` : ''}
              </button>
              ${
                links.length > 0
                  ? html`<ul class="links" aria-label=${strings().connections(links.length)}>
                    ${links.map(
                      (link) => html`<li>
                        <span class="relation">${relationLabel(link)}:</span>
                        <button
                          class="link-button"
                          @click=${(event: Event) => jump(link.other.id, event)}
                        >
                          ${link.other.label}
                        </button>
                      </li>`,
                    )}
                  </ul>`
                  : nothing
              }
            </li>`;
          })}
        </ul>
      </section>`;
    })}
  </div>`;
}

/**
 * The connections of the selected node in the details panel, grouped by
 * what they are: cites, cited by, authors, institutions, topics.
 *
 * @param connections - The node's connections.
 * @param onSelect - Selects the connected node.
 * @return The panel's connection lists.
 */
export function renderConnections(
  connections: Connection[],
  onSelect: (nodeId: string) => void,
): TemplateResult {
  const groups = new Map<string, Connection[]>();
  for (const link of connections) {
    const label = relationLabel(link);
    groups.set(label, [...(groups.get(label) ?? []), link]);
  }

  return html`${[...groups].map(
    ([label, links]) => html`<h4>${label} (${links.length})</h4>
      <ul>
        ${links.map(
          (link) => html`<li>
            <button
              class="link-button"
              title=${link.other.label}
              @click=${() => onSelect(link.other.id)}
            >
              ${link.other.label}${link.other.year ? ` (${link.other.year})` : ''}
            </button>
          </li>`,
        )}
      </ul>`,
  )}`;
}

/**
 * Names a connection from the point of view of the node it belongs to.
 *
 * @param link - The connection.
 * @return E.g. "Cites", "Cited by", "People", "Topics".
 */
export function relationLabel(link: Connection): string {
  if (link.edge.kind === 'cites') {
    return link.outgoing
      ? strings().relations.cites
      : strings().relations.citedBy;
  }
  if (link.edge.kind === 'related') return strings().relations.related;
  return strings().relations[link.other.kind] ?? link.edge.kind;
}
