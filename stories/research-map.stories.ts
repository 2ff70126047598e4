import type { Graph, GraphSource } from '@paperframe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * Stories feed the map through its `graph` and `source` properties, so they
 * need no backend.
 */
const CENTRE = 'paper:arxiv:2204.05862';

function neighbourhood(): Graph {
  const nodes: Graph['nodes'] = [
    {
      id: CENTRE,
      kind: 'paper',
      label:
        'Training a Helpful and Harmless Assistant with Reinforcement Learning from Human Feedback',
      year: 2022,
      weight: 1800,
    },
  ];
  const edges: Graph['edges'] = [];
  const link = (
    source: string,
    target: string,
    kind: Graph['edges'][number]['kind'],
  ) => edges.push({ id: `${kind}:${source}->${target}`, source, target, kind });

  const citing = [
    ['Constitutional AI: Harmlessness from AI Feedback', 2022, 900],
    ['Direct Preference Optimization', 2023, 2500],
    ['Llama 2: Open Foundation and Fine-Tuned Chat Models', 2023, 6000],
    ['Red Teaming Language Models to Reduce Harms', 2022, 300],
  ] as const;
  citing.forEach(([label, year, weight], i) => {
    const id = `paper:story:citing-${i}`;
    nodes.push({ id, kind: 'paper', label, year, weight });
    link(id, CENTRE, 'cites');
  });

  const cited = [
    ['Deep Reinforcement Learning from Human Preferences', 2017, 2600],
    ['Learning to Summarize from Human Feedback', 2020, 1500],
    ['Language Models are Few-Shot Learners', 2020, 20000],
  ] as const;
  cited.forEach(([label, year, weight], i) => {
    const id = `paper:story:cited-${i}`;
    nodes.push({ id, kind: 'paper', label, year, weight });
    link(CENTRE, id, 'cites');
  });

  nodes.push({
    id: 'paper:story:related',
    kind: 'paper',
    label:
      'Training Language Models to Follow Instructions with Human Feedback',
    year: 2022,
    weight: 5000,
  });
  link(CENTRE, 'paper:story:related', 'related');

  for (const name of [
    'Yuntao Bai',
    'Andy Jones',
    'Kamal Ndousse',
    'Amanda Askell',
  ]) {
    const id = `person:${name.toLowerCase().replace(/ /g, '-')}`;
    nodes.push({ id, kind: 'person', label: name });
    link(id, CENTRE, 'authored');
    link(id, 'institution:anthropic', 'affiliated');
  }
  nodes.push({
    id: 'institution:anthropic',
    kind: 'institution',
    label: 'Anthropic',
  });

  for (const topic of [
    'Reinforcement learning',
    'Language models',
    'AI safety',
  ]) {
    const id = `topic:${topic.toLowerCase().replace(/ /g, '-')}`;
    nodes.push({ id, kind: 'topic', label: topic });
    link(CENTRE, id, 'about');
  }
  return { nodes, edges, truncated: false };
}

const expandable: GraphSource = {
  load: async () => neighbourhood(),
  expand: async (nodeId) => ({
    nodes: [
      {
        id: `paper:story:more-${nodeId}`,
        kind: 'paper',
        label: `More work near ${nodeId}`,
        year: 2024,
      },
    ],
    edges: [
      {
        id: `more-${nodeId}`,
        source: nodeId,
        target: `paper:story:more-${nodeId}`,
        kind: 'related',
      },
    ],
    truncated: false,
  }),
};

const meta: Meta = {
  title: 'Elements/research-map',
  component: 'research-map',
};
export default meta;

type Story = StoryObj;

export const Default: Story = {
  render: () => html`<research-map .source=${expandable}></research-map>`,
};

export const Loading: Story = {
  render: () => html`<research-map
    .source=${{ load: () => new Promise<Graph>(() => {}) }}
  ></research-map>`,
};

export const Empty: Story = {
  render: () => html`<research-map
    .graph=${{ nodes: [], edges: [], truncated: false }}
  ></research-map>`,
};

export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<research-map
    .source=${{
      load: () => Promise.reject(new Error('The server is down.')),
    }}
  ></research-map>`,
};

export const Truncated: Story = {
  render: () => html`<research-map
    .graph=${{ ...neighbourhood(), truncated: true, total: 180 }}
  ></research-map>`,
};

export const ColourByYear: Story = {
  render: () => html`<research-map
    paper-color="year"
    .graph=${neighbourhood()}
  ></research-map>`,
};

export const Dark: Story = {
  render: () => html`<div style="background: #0f1115; padding: 1rem">
    <research-map theme="dark" .source=${expandable}></research-map>
  </div>`,
};

export const Narrow: Story = {
  render: () => html`<div style="max-width: 320px">
    <research-map .graph=${neighbourhood()}></research-map>
  </div>`,
};
