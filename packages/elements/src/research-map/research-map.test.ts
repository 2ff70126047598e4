import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Graph, GraphSource } from '@paperframe/core';
import type { GraphView } from './graph-view-types.js';
import { ResearchMap } from './research-map.js';

if (!customElements.get('research-map')) {
  customElements.define('research-map', ResearchMap);
}

const api = (window as { __PF_TEST_API__?: string }).__PF_TEST_API__ ?? '';

const CENTRE = 'paper:pf:rlhf';

/** A neighbourhood shaped like the server's: a paper, its citations, people, places and topics. */
function neighbourhood(): Graph {
  const nodes: Graph['nodes'] = [
    {
      id: CENTRE,
      kind: 'paper',
      label:
        'Training a Helpful and Harmless Assistant with Reinforcement Learning from Human Feedback',
      year: 2022,
      weight: 1200,
    },
  ];
  const edges: Graph['edges'] = [];
  const link = (
    source: string,
    target: string,
    kind: Graph['edges'][0]['kind'],
  ) => edges.push({ id: `${kind}:${source}->${target}`, source, target, kind });

  for (let i = 0; i < 8; i++) {
    const id = `paper:pf:citing-${i}`;
    nodes.push({
      id,
      kind: 'paper',
      label: `Citing work ${i}`,
      year: 2023,
      weight: i * 10,
    });
    link(id, CENTRE, 'cites');
  }
  for (let i = 0; i < 4; i++) {
    const id = `paper:pf:ref-${i}`;
    nodes.push({
      id,
      kind: 'paper',
      label: `Earlier work ${i}`,
      year: 2017 + i,
      weight: 400,
    });
    link(CENTRE, id, 'cites');
  }
  nodes.push({
    id: 'paper:pf:related',
    kind: 'paper',
    label: 'A related paper',
    year: 2021,
  });
  link(CENTRE, 'paper:pf:related', 'related');
  for (const name of ['Yuntao Bai', 'Andy Jones', 'Kamal Ndousse']) {
    const id = `person:${name.toLowerCase().replace(' ', '-')}`;
    nodes.push({ id, kind: 'person', label: name });
    link(id, CENTRE, 'authored');
    link(id, 'institution:anthropic', 'affiliated');
  }
  nodes.push({
    id: 'institution:anthropic',
    kind: 'institution',
    label: 'Anthropic',
  });
  for (const topic of ['Reinforcement learning', 'Language models']) {
    const id = `topic:${topic.toLowerCase().replace(' ', '-')}`;
    nodes.push({ id, kind: 'topic', label: topic });
    link(CENTRE, id, 'about');
  }
  return { nodes, edges, truncated: false };
}

/** What expanding Yuntao Bai adds: one known paper again, two new ones. */
const baiWork: Graph = {
  nodes: [
    { id: 'person:yuntao-bai', kind: 'person', label: 'Yuntao Bai' },
    { id: CENTRE, kind: 'paper', label: 'duplicate', year: 2022 },
    {
      id: 'paper:pf:constitutional',
      kind: 'paper',
      label: 'Constitutional AI',
      year: 2022,
    },
    {
      id: 'paper:pf:hh-dataset',
      kind: 'paper',
      label: 'HH-RLHF data',
      year: 2022,
    },
  ],
  edges: [
    {
      id: `authored:person:yuntao-bai->${CENTRE}`,
      source: 'person:yuntao-bai',
      target: CENTRE,
      kind: 'authored',
    },
    {
      id: 'x1',
      source: 'person:yuntao-bai',
      target: 'paper:pf:constitutional',
      kind: 'authored',
    },
    {
      id: 'x2',
      source: 'person:yuntao-bai',
      target: 'paper:pf:hh-dataset',
      kind: 'authored',
    },
  ],
  truncated: false,
};

function source(overrides: Partial<GraphSource> = {}): GraphSource {
  return {
    load: async () => neighbourhood(),
    expand: async () => baiWork,
    ...overrides,
  };
}

function part(el: ResearchMap, name: string): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

function text(node: Element | null): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function view(el: ResearchMap): GraphView | undefined {
  return (el as unknown as { graphView?: GraphView }).graphView;
}

async function drawn(el: ResearchMap, timeout = 5000): Promise<GraphView> {
  await waitUntil(
    () => view(el) && !el.shadowRoot?.querySelector('.stage .overlay'),
    'the map was never drawn',
    { timeout },
  );
  return view(el) as GraphView;
}

/** Clicks where a node is drawn, as a mouse would. */
async function clickNode(
  el: ResearchMap,
  nodeId: string,
  container?: HTMLElement,
) {
  const graphView = await drawn(el);
  await graphView.rendered();
  const box = (
    container ?? (part(el, 'canvas') as HTMLElement)
  ).getBoundingClientRect();
  const at = graphView.renderedPosition(nodeId);
  if (!at) throw new Error(`${nodeId} is not drawn`);

  const init = {
    bubbles: true,
    composed: true,
    clientX: box.left + at.x,
    clientY: box.top + at.y,
    button: 0,
  };
  const canvas = (container ?? part(el, 'canvas'))?.querySelector(
    'canvas:last-of-type',
  );
  canvas?.dispatchEvent(new MouseEvent('mousedown', init));
  canvas?.dispatchEvent(new MouseEvent('mouseup', init));
}

function cytoscapeRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /cytoscape|graph-view/.test(url));
}

describe('<research-map>', () => {
  // Runs first: once the graph chunk is loaded, the page keeps it.
  it('loads no graph code until the map comes near the viewport', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <div style="height: 4000px"></div>
      <research-map .source=${source()}></research-map>
    </div>`);
    const el = wrapper.querySelector('research-map') as ResearchMap;

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cytoscapeRequests()).to.deep.equal([]);
    expect(el.shadowRoot?.querySelector('canvas')).to.equal(null);

    el.scrollIntoView();
    await drawn(el);
    expect(cytoscapeRequests().length).to.be.greaterThan(0);
    expect(el.shadowRoot?.querySelector('canvas')).to.not.equal(null);
  });

  it('shows "Building this graph slice" while loading, then the map', async () => {
    let finish: ((graph: Graph) => void) | undefined;
    const slow = source({
      load: () =>
        new Promise<Graph>((resolve) => {
          finish = resolve;
        }),
    });
    const el = await fixture<ResearchMap>(
      html`<research-map .source=${slow}></research-map>`,
    );

    await waitUntil(() =>
      text(el.shadowRoot?.querySelector('[role="status"]') ?? null).includes(
        'Building this graph slice',
      ),
    );
    await waitUntil(() => finish, 'the graph was never asked for');
    finish?.(neighbourhood());
    await drawn(el);
    expect(part(el, 'legend')).to.not.equal(null);
  });

  it('shows the selected node in the panel and tells the host', async () => {
    const el = await fixture<ResearchMap>(
      html`<research-map .source=${source()}></research-map>`,
    );

    const selected = oneEvent(el, 'research-map-node-select');
    await clickNode(el, 'institution:anthropic');
    const event = await selected;

    expect(event.detail).to.deep.equal({
      nodeId: 'institution:anthropic',
      kind: 'institution',
      label: 'Anthropic',
      paperId: null,
    });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    const panel = part(el, 'panel');
    expect(text(panel?.querySelector('h3') ?? null)).to.equal('Anthropic');
    expect(text(panel)).to.include('People (3)');
  });

  it('gives a selected paper its full title, authors and link', async () => {
    const el = await fixture<ResearchMap>(
      html`<research-map .source=${source()}></research-map>`,
    );

    const selected = oneEvent(el, 'research-map-node-select');
    await clickNode(el, CENTRE);
    expect((await selected).detail.paperId).to.equal('pf:rlhf');
    await el.updateComplete;

    const panel = part(el, 'panel');
    expect(text(panel?.querySelector('h3') ?? null)).to.include(
      'from Human Feedback',
    );
    expect(text(panel)).to.include('People (3)');
    expect(text(panel)).to.include('Cited by (8)');
  });

  it('expands a node from the panel, merging without duplicates', async () => {
    const el = await fixture<ResearchMap>(
      html`<research-map .source=${source()}></research-map>`,
    );
    await drawn(el);

    await clickNode(el, 'person:yuntao-bai');
    await el.updateComplete;
    const expanded = oneEvent(el, 'research-map-node-expand');
    part(el, 'expand-button')?.click();
    const event = await expanded;

    expect(event.detail.added).to.deep.equal([
      'paper:pf:constitutional',
      'paper:pf:hh-dataset',
    ]);
    await el.updateComplete;
    expect(text(part(el, 'panel'))).to.include('Papers (3)');
    expect(part(el, 'expand-button')?.hasAttribute('disabled')).to.equal(true);

    part(el, 'view-toggle')?.click();
    await el.updateComplete;
    const papers = [...el.shadowRoot!.querySelectorAll('.list button.node')]
      .map((button) => text(button))
      .filter((label) => label.startsWith('Training a Helpful'));
    expect(papers).to.have.length(1);
    expect(text(part(el, 'list'))).to.include('Constitutional AI');
  });

  it('expands a node on double-click', async () => {
    const el = await fixture<ResearchMap>(
      html`<research-map .source=${source()}></research-map>`,
    );
    await drawn(el);

    const expanded = oneEvent(el, 'research-map-node-expand');
    await clickNode(el, 'person:yuntao-bai');
    await clickNode(el, 'person:yuntao-bai');
    expect((await expanded).detail.nodeId).to.equal('person:yuntao-bai');
  });

  it('hides a kind when its legend button is switched off', async () => {
    const el = await fixture<ResearchMap>(
      html`<research-map .source=${source()}></research-map>`,
    );
    await drawn(el);

    part(el, 'view-toggle')?.click();
    await el.updateComplete;
    expect(text(part(el, 'list'))).to.include('People (3)');

    const people = el.shadowRoot!.querySelector<HTMLButtonElement>(
      '[part~="legend-item"][data-kind="person"]',
    )!;
    people.click();
    await el.updateComplete;

    expect(people.getAttribute('aria-pressed')).to.equal('false');
    expect(text(part(el, 'list'))).to.not.include('People (');
    expect(text(part(el, 'list'))).to.not.include('Yuntao Bai');

    people.click();
    await el.updateComplete;
    expect(text(part(el, 'list'))).to.include('Yuntao Bai');
  });

  it('works from the keyboard in the list view', async () => {
    const el = await fixture<ResearchMap>(
      html`<research-map .source=${source()}></research-map>`,
    );
    await drawn(el);

    part(el, 'view-toggle')?.click();
    await el.updateComplete;
    expect(part(el, 'view-toggle')?.getAttribute('aria-pressed')).to.equal(
      'true',
    );

    const buttons =
      el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.list button');
    expect(buttons.length).to.be.greaterThan(10);
    for (const button of buttons) expect(button.tagName).to.equal('BUTTON');

    const anthropic = el.shadowRoot!.querySelector<HTMLButtonElement>(
      '[data-node-id="institution:anthropic"]',
    )!;
    anthropic.focus();
    anthropic.click();
    await el.updateComplete;
    expect(anthropic.getAttribute('aria-pressed')).to.equal('true');
    expect(text(part(el, 'panel')?.querySelector('h3') ?? null)).to.equal(
      'Anthropic',
    );

    // A connection button moves focus to the connected node's entry.
    const toBai = [
      ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.links button'),
    ].find((button) => text(button) === 'Yuntao Bai')!;
    toBai.click();
    await waitUntil(
      () =>
        el.shadowRoot?.activeElement?.getAttribute('data-node-id') ===
        'person:yuntao-bai',
    );
  });

  it('moves focus along a connection when the map sits in another shadow root', async () => {
    // As inside <paper-detail>: the page's active element is the outer host.
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const outer = host.attachShadow({ mode: 'open' });
    const el = document.createElement('research-map') as ResearchMap;
    el.source = source();
    outer.append(el);
    await drawn(el);

    part(el, 'view-toggle')?.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>(
      '[data-node-id="institution:anthropic"]',
    )!.click();
    await el.updateComplete;

    const toBai = [
      ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.links button'),
    ].find((button) => text(button) === 'Yuntao Bai')!;
    toBai.focus();
    toBai.click();
    await waitUntil(
      () =>
        el.shadowRoot?.activeElement?.getAttribute('data-node-id') ===
        'person:yuntao-bai',
      'focus stayed on the connection',
    );
  });

  it('opens the full explorer with search and years, and closing returns focus and state', async () => {
    const el = await fixture<ResearchMap>(
      html`<research-map .source=${source()}></research-map>`,
    );
    await drawn(el);
    await clickNode(el, 'institution:anthropic');

    const opener = part(el, 'explorer-button') as HTMLButtonElement;
    opener.focus();
    opener.click();
    const dialog = part(el, 'dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open);

    const explorerCanvas =
      el.shadowRoot!.querySelector<HTMLElement>('.explorer-canvas')!;
    expect(explorerCanvas.querySelector('canvas')).to.not.equal(null);
    // The explorer's drawing fills most of the window.
    const canvasBox = explorerCanvas.getBoundingClientRect();
    expect(canvasBox.width).to.be.greaterThan(window.innerWidth * 0.5);
    expect(canvasBox.height).to.be.greaterThan(window.innerHeight * 0.5);
    expect(text(dialog.querySelector('[part~="panel"] h3'))).to.equal(
      'Anthropic',
    );

    const search = part(el, 'search') as HTMLInputElement;
    search.value = 'earlier';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text(dialog.querySelector('.matches'))).to.equal('4 matches');

    const from = dialog.querySelector<HTMLInputElement>(
      'input[name="year-from"]',
    )!;
    from.value = '2019';
    from.dispatchEvent(new Event('change'));
    await el.updateComplete;

    await clickNode(el, 'person:yuntao-bai', explorerCanvas);
    await el.updateComplete;
    const expanded = oneEvent(el, 'research-map-node-expand');
    (
      dialog.querySelector('[part~="expand-button"]') as HTMLButtonElement
    ).click();
    await expanded;

    // Esc is the platform's own cancel of a modal <dialog>; the close
    // button takes the same path.
    const closed = oneEvent(dialog, 'close');
    (part(el, 'close-button') as HTMLButtonElement).click();
    await closed;
    await waitUntil(
      () => el.shadowRoot?.activeElement === opener,
      'focus did not return',
    );
    await waitUntil(() => part(el, 'canvas')?.querySelector('canvas'));

    expect(dialog.open).to.equal(false);
    expect(part(el, 'canvas')?.querySelector('canvas')).to.not.equal(null);
    expect(text(part(el, 'panel')?.querySelector('h3') ?? null)).to.equal(
      'Yuntao Bai',
    );
    expect(text(part(el, 'panel'))).to.include('Papers (3)');
  });

  it('draws correctly when created inside a closed <details> and shown later', async () => {
    const wrapper = await fixture<HTMLDetailsElement>(html`<details>
      <summary>Map</summary>
      <research-map .source=${source()}></research-map>
    </details>`);
    const el = wrapper.querySelector('research-map') as ResearchMap;

    await new Promise((resolve) => setTimeout(resolve, 200));
    wrapper.open = true;
    const graphView = await drawn(el);
    await graphView.rendered();

    const box = (part(el, 'canvas') as HTMLElement).getBoundingClientRect();
    expect(box.width).to.be.greaterThan(100);
    const centre = graphView.renderedPosition(CENTRE)!;
    expect(centre.x).to.be.within(0, box.width);
    expect(centre.y).to.be.within(0, box.height);
  });

  it('fits the graph when a display:none container is shown after drawing', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <research-map .source=${source()}></research-map>
    </div>`);
    const el = wrapper.querySelector('research-map') as ResearchMap;
    const graphView = await drawn(el);

    wrapper.style.display = 'none';
    await new Promise((resolve) => setTimeout(resolve, 100));
    wrapper.style.display = '';
    await new Promise((resolve) => setTimeout(resolve, 100));
    await graphView.rendered();

    const box = (part(el, 'canvas') as HTMLElement).getBoundingClientRect();
    const centre = graphView.renderedPosition(CENTRE)!;
    expect(centre.x).to.be.within(0, box.width);
    expect(centre.y).to.be.within(0, box.height);
  });

  it('leaves the mouse wheel to the page until the reader clicks into the map', async () => {
    const el = await fixture<ResearchMap>(
      html`<research-map .source=${source()}></research-map>`,
    );
    await drawn(el);
    const canvas = part(el, 'canvas') as HTMLElement;
    const wheel = new WheelEvent('wheel', {
      deltaY: 100,
      bubbles: true,
      cancelable: true,
    });
    canvas.querySelector('canvas')?.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).to.equal(false);

    canvas.focus();
    const box = canvas.getBoundingClientRect();
    const inside = new WheelEvent('wheel', {
      deltaY: 100,
      bubbles: true,
      cancelable: true,
      clientX: box.left + 20,
      clientY: box.top + 20,
    });
    canvas.querySelector('canvas')?.dispatchEvent(inside);
    expect(inside.defaultPrevented).to.equal(true);
  });

  it('shows an error with Retry, and the map after retrying', async () => {
    let calls = 0;
    const flaky = source({
      load: async () => {
        calls += 1;
        if (calls === 1) throw new Error('offline');
        return neighbourhood();
      },
    });
    const el = await fixture<ResearchMap>(
      html`<research-map .source=${flaky}></research-map>`,
    );

    await waitUntil(() => part(el, 'retry-button'), 'no Retry button');
    expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.include(
      'could not be loaded',
    );
    part(el, 'retry-button')?.click();
    await drawn(el);
  });

  it('says "Paper not found", with no Retry, for an id the server does not know', async () => {
    const el = await fixture<ResearchMap>(html`<research-map
      api=${api}
      paper-id="arxiv:0000.00001"
    ></research-map>`);

    await waitUntil(() => part(el, 'not-found'), 'no not-found state', {
      timeout: 5000,
    });
    expect(text(part(el, 'not-found'))).to.equal(
      'Paper not found No paper has the id “arxiv:0000.00001”.',
    );
    expect(part(el, 'retry-button')).to.equal(null);
    expect(part(el, 'toolbar')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the id is not valid for a malformed id', async () => {
    const el = await fixture<ResearchMap>(html`<research-map
      api=${api}
      paper-id="arxiv:2204.05862."
    ></research-map>`);

    await waitUntil(() => part(el, 'not-found'), 'no not-found state', {
      timeout: 5000,
    });
    expect(text(part(el, 'not-found'))).to.match(
      /^Not a valid paper id “arxiv:2204\.05862\.” is not a paper id\./,
    );
    expect(part(el, 'retry-button')).to.equal(null);
  });

  it('says so when the graph is empty, or cut at the server limit', async () => {
    const empty = await fixture<ResearchMap>(html`<research-map
      .graph=${{ nodes: [], edges: [], truncated: false }}
    ></research-map>`);
    await waitUntil(() =>
      text(empty.shadowRoot!.querySelector('.state')).includes('No connected'),
    );

    const cut = await fixture<ResearchMap>(html`<research-map
      .graph=${{ ...neighbourhood(), truncated: true }}
    ></research-map>`);
    await waitUntil(() => part(cut, 'notice'));
    expect(text(part(cut, 'notice'))).to.equal(
      'Showing the closest connections — open the full explorer to expand.',
    );

    const counted = await fixture<ResearchMap>(html`<research-map
      .graph=${{ ...neighbourhood(), truncated: true, total: 181 }}
    ></research-map>`);
    await waitUntil(() => part(counted, 'notice'));
    expect(text(part(counted, 'notice'))).to.equal(
      'Showing the closest 19 of 180 connections — open the full explorer to expand.',
    );
  });

  it('survives 50 mount and unmount cycles without leaking views', async () => {
    const { liveGraphViews } = await import('./graph-view.js');
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const memory = () =>
      (performance as { memory?: { usedJSHeapSize: number } }).memory
        ?.usedJSHeapSize;
    const el = document.createElement('research-map') as ResearchMap;
    el.graph = neighbourhood();

    const before = memory();
    for (let i = 0; i < 50; i++) {
      host.append(el);
      await drawn(el);
      el.remove();
    }
    expect(liveGraphViews()).to.equal(0);

    // Moving the element keeps it working.
    host.append(el);
    await drawn(el);
    expect(liveGraphViews()).to.equal(1);
    el.remove();
    expect(liveGraphViews()).to.equal(0);

    const after = memory();
    if (before !== undefined && after !== undefined) {
      // Limitation: the heap figure is coarse (bucketed) without
      // --enable-precise-memory-info, so only gross leaks show.
      expect(after - before).to.be.below(40 * 1024 * 1024);
    }
  });

  it('draws 1,000 nodes within twice the cost of a bare grid layout', async function () {
    this.timeout(30000);
    const graph = randomGraph(1000, 3);
    const cytoscape = (await import('cytoscape')).default;

    const frames = () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(resolve)),
      );
    const gridRun = async () => {
      const box = await fixture<HTMLElement>(
        html`<div style="width: 800px; height: 420px"></div>`,
      );
      const start = performance.now();
      const bare = cytoscape({
        container: box,
        elements: [
          ...graph.nodes.map((node) => ({
            data: { id: node.id, label: node.label },
          })),
          ...graph.edges.map((edge) => ({
            data: { ...edge, id: `e${edge.id}` },
          })),
        ],
        layout: { name: 'grid' },
      });
      await frames();
      const elapsed = performance.now() - start;
      bare.destroy();
      box.remove();
      return elapsed;
    };
    const ourRun = async () => {
      const start = performance.now();
      const el = await fixture<ResearchMap>(
        html`<research-map .graph=${graph}></research-map>`,
      );
      await drawn(el, 20000);
      const elapsed = performance.now() - start;
      el.remove();
      return elapsed;
    };

    // The machine is shared, so each figure is the best of three runs.
    const grid = Math.min(await gridRun(), await gridRun(), await gridRun());
    const ours = Math.min(await ourRun(), await ourRun(), await ourRun());

    console.info(
      `1,000 nodes: grid ${grid.toFixed(0)} ms, research-map ${ours.toFixed(0)} ms`,
    );
    expect(ours).to.be.below(Math.max(2 * grid, 1000));
  });

  it('shows the real neighbourhood of the RLHF paper from the reference server', async () => {
    const start = performance.now();
    const el = await fixture<ResearchMap>(html`<research-map
      api=${api}
      paper-id="arxiv:2204.05862"
      limit="40"
    ></research-map>`);
    await drawn(el);
    const elapsed = performance.now() - start;
    console.info(
      `default slice from the server drawn in ${elapsed.toFixed(0)} ms`,
    );

    part(el, 'view-toggle')?.click();
    await el.updateComplete;
    const list = text(part(el, 'list'));
    expect(list).to.include('Training a Helpful and Harmless Assistant');
    expect(list).to.match(/People \(\d+\)/);
    expect(elapsed).to.be.below(2000);
  });
});

describe('<research-map> default slice', () => {
  it('shows a few dozen nodes of the RLHF paper with every paper labelled', async () => {
    const el = await fixture<ResearchMap>(html`<research-map
      api=${api}
      paper-id="arxiv:2204.05862"
    ></research-map>`);
    const graphView = await drawn(el);
    await graphView.rendered();

    part(el, 'view-toggle')?.click();
    await el.updateComplete;
    const listed = el.shadowRoot!.querySelectorAll('.list button.node');
    expect(listed.length).to.be.within(30, 45);
    const ids = [...listed].map(
      (button) => button.getAttribute('data-node-id')!,
    );
    part(el, 'view-toggle')?.click();
    await el.updateComplete;

    expect(text(part(el, 'notice'))).to.match(
      /^Showing the closest \d+ of \d+ connections — open the full explorer to expand\.$/,
    );

    const papers = ids.filter((id) => id.startsWith('paper:'));
    const people = ids.filter((id) => id.startsWith('person:'));
    expect(papers.length).to.be.greaterThan(15);
    expect(people.length).to.be.within(1, 10);
    for (const id of ids) {
      const seen = graphView.inspect(id)!;
      expect(seen.size, `${id} is big enough to click`).to.be.at.least(12);
      if (seen.label !== null) {
        expect(seen.fontSize, `${id} label is readable`).to.be.at.least(11);
      }
      if (!id.startsWith('paper:')) continue;
      expect(seen.label, `${id} has a label`).to.be.a('string');
      expect(seen.label!.length).to.be.within(1, 64);
    }
    const centre = graphView.inspect('paper:pf:w4223908421')!;
    expect(centre.label).to.include('Training a Helpful and Harmless');
    expect(centre.size).to.be.greaterThan(graphView.inspect(papers[1]!)!.size);
    // The authors are named without opening the explorer.
    const named = people.filter((id) => graphView.inspect(id)!.label);
    expect(named.length).to.be.at.least(Math.min(people.length, 4));
  });

  for (const [name, paperId] of [
    ['RLHF', 'arxiv:2204.05862'],
    ['DPO', 'arxiv:2305.18290'],
  ]) {
    it(`keeps the ${name} map's labels apart: no two drawn labels overlap, none covers a node`, async () => {
      const el = await fixture<ResearchMap>(html`<research-map
        api=${api}
        paper-id=${paperId}
      ></research-map>`);
      const graphView = await drawn(el);
      await graphView.rendered();

      const boxes = graphView.labelBoxes();
      expect(boxes.length).to.be.greaterThan(name === 'DPO' ? 8 : 15);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          expect(apart(a, b), `${a.id} and ${b.id} overlap`).to.equal(true);
        }
      }
      for (const node of await nodeBoxes(el, graphView)) {
        for (const label of boxes) {
          if (label.id === node.id) continue;
          expect(
            apart(label, node),
            `${label.id}'s label covers ${node.id}`,
          ).to.equal(true);
        }
      }
    });

    it(`draws the ${name} map at a readable size, centred in the canvas`, async () => {
      const el = await fixture<ResearchMap>(html`<research-map
        api=${api}
        paper-id=${paperId}
      ></research-map>`);
      const graphView = await drawn(el);
      await graphView.rendered();

      const boxes = graphView.labelBoxes();
      for (const box of boxes) {
        const { fontSize } = graphView.inspect(box.id)!;
        expect(fontSize, `${box.id} label is readable`).to.be.at.least(11);
      }
      const all = [...boxes, ...(await nodeBoxes(el, graphView))];
      const canvas = part(el, 'canvas')!.getBoundingClientRect();
      const left = Math.min(...all.map((box) => box.x1));
      const right = canvas.width - Math.max(...all.map((box) => box.x2));
      const top = Math.min(...all.map((box) => box.y1));
      const bottom = canvas.height - Math.max(...all.map((box) => box.y2));
      expect(
        Math.abs(left - right),
        `left ${left}, right ${right}`,
      ).to.be.below(12);
      expect(
        Math.abs(top - bottom),
        `top ${top}, bottom ${bottom}`,
      ).to.be.below(12);
    });
  }
});

describe('<research-map> panel, list and search', () => {
  it('keeps its height when a node with many connections is selected, and in the list view', async () => {
    const el = await fixture<ResearchMap>(html`<research-map
      api=${api}
      paper-id="arxiv:2204.05862"
    ></research-map>`);
    await drawn(el);
    const before = el.getBoundingClientRect().height;

    await clickNode(el, 'paper:pf:w4223908421');
    await waitUntil(() => text(part(el, 'panel')).includes('Cited by ('));
    const panel = part(el, 'panel')!;
    expect(el.getBoundingClientRect().height).to.be.closeTo(before, 1);
    expect(panel.scrollHeight).to.be.greaterThan(panel.clientHeight);

    part(el, 'view-toggle')?.click();
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.be.closeTo(before, 1);
  });

  it('starts the lines of a wrapped connection at the left edge', async () => {
    const graph = neighbourhood();
    graph.nodes.push({
      id: 'paper:pf:long',
      kind: 'paper',
      label:
        'A very long title of a related paper that wraps onto several lines in the side panel',
      year: 2020,
    });
    graph.edges.push({
      id: 'related:long',
      source: CENTRE,
      target: 'paper:pf:long',
      kind: 'related',
    });
    const el = await fixture<ResearchMap>(
      html`<research-map .graph=${graph}></research-map>`,
    );
    await clickNode(el, CENTRE);
    await el.updateComplete;

    const button = [
      ...part(el, 'panel')!.querySelectorAll<HTMLElement>('button'),
    ].find((each) => text(each).startsWith('A very long title'))!;
    const range = document.createRange();
    range.selectNodeContents(button);
    // Each line's first fragment; the year is a fragment of its own.
    const starts = new Map<number, number>();
    for (const rect of range.getClientRects()) {
      if (rect.width <= 1) continue;
      const top = Math.round(rect.top);
      starts.set(top, Math.min(starts.get(top) ?? rect.left, rect.left));
    }
    const left = button.getBoundingClientRect().left;
    expect(starts.size).to.be.greaterThan(1);
    for (const start of starts.values()) expect(start).to.be.closeTo(left, 2);
  });

  it('fades the edges between nodes the explorer search faded', async () => {
    const el = await fixture<ResearchMap>(
      html`<research-map .source=${source()}></research-map>`,
    );
    const graphView = await drawn(el);
    (part(el, 'explorer-button') as HTMLButtonElement).click();
    await waitUntil(() => (part(el, 'dialog') as HTMLDialogElement).open);

    const search = part(el, 'search') as HTMLInputElement;
    search.value = 'earlier';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;

    const both = `authored:person:yuntao-bai->${CENTRE}`;
    const touching = `cites:${CENTRE}->paper:pf:ref-0`;
    expect(graphView.edgeOpacity(both)).to.be.below(0.2);
    expect(graphView.edgeOpacity(touching)).to.be.at.least(0.4);

    search.value = '';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(graphView.edgeOpacity(both)).to.be.at.least(0.3);
    (part(el, 'close-button') as HTMLButtonElement).click();
  });
});

interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function apart(a: Box, b: Box): boolean {
  return a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1;
}

/** Where each node of the map is drawn, in pixels inside the canvas. */
async function nodeBoxes(el: ResearchMap, graphView: GraphView) {
  part(el, 'view-toggle')?.click();
  await el.updateComplete;
  const ids = [
    ...el.shadowRoot!.querySelectorAll('.list button.node[data-node-id]'),
  ].map((button) => button.getAttribute('data-node-id')!);
  part(el, 'view-toggle')?.click();
  await el.updateComplete;

  return ids.map((id) => {
    const at = graphView.renderedPosition(id)!;
    const half = graphView.inspect(id)!.size / 2;
    return {
      id,
      x1: at.x - half,
      y1: at.y - half,
      x2: at.x + half,
      y2: at.y + half,
    };
  });
}

function randomGraph(size: number, edgesPerNode: number): Graph {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const kinds = [
    'paper',
    'paper',
    'paper',
    'person',
    'institution',
    'topic',
  ] as const;
  const nodes: Graph['nodes'] = Array.from({ length: size }, (_, i) => ({
    id: `n${i}`,
    kind: kinds[i % kinds.length] ?? 'paper',
    label: `Node number ${i}`,
    year: 1990 + (i % 35),
  }));
  const edges: Graph['edges'] = [];
  for (let i = 1; i < size; i++) {
    for (let k = 0; k < edgesPerNode; k++) {
      const j = Math.floor(random() * i);
      edges.push({
        id: `${i}-${k}`,
        source: `n${i}`,
        target: `n${j}`,
        kind: 'related',
      });
    }
  }
  return { nodes, edges, truncated: false };
}
