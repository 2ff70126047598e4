import type { Context } from 'hono';
import type { Db } from '../db/database.js';
import type { App, AppDeps, AppEnv } from '../http/context.js';
import { badRequest, notFound } from '../http/problem.js';
import { paperIdParam, resolvePaperId } from './papers.js';

type NodeKind = 'paper' | 'person' | 'institution' | 'topic';
type EdgeKind = 'cites' | 'related' | 'authored' | 'affiliated' | 'about';

interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  year?: number | null;
  weight?: number | null;
}

interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
}

const KINDS: NodeKind[] = ['paper', 'person', 'institution', 'topic'];

/** Node id of a paper from its own id: `paper:pf:…`. */
const paperNode = (id: string) => `paper:${id}`;

function graphParams(c: Context<AppEnv>) {
  const rawKinds = c.req.query('kinds');
  const kinds = rawKinds
    ? rawKinds
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean)
    : KINDS;
  const bad = kinds.find((k) => !KINDS.includes(k as NodeKind));
  if (bad) {
    throw badRequest(`?kinds= names "${bad}"; use any of ${KINDS.join(', ')}.`);
  }
  const rawLimit = c.req.query('limit');
  const limit = rawLimit === undefined ? 100 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
    throw badRequest('?limit= must be a whole number from 1 to 500.');
  }
  return { kinds: new Set(kinds as NodeKind[]), limit };
}

/**
 * How many nodes each kind takes per turn when a limit cuts the graph:
 * papers are what a reader maps, so they get most of the room, while a
 * paper with fifty authors still shows its first few.
 */
const TURNS: Record<NodeKind, number> = {
  paper: 3,
  person: 1,
  institution: 1,
  topic: 1,
};

/** Collects candidate nodes per kind, then keeps them in turn up to a limit. */
class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly fallbacks = new Map<string, GraphEdge>();
  private readonly queues = new Map<NodeKind, GraphNode[]>();
  private readonly queued = new Set<string>();

  constructor(
    readonly centre: GraphNode,
    private readonly kinds: Set<NodeKind>,
  ) {
    this.nodes.set(centre.id, centre);
  }

  /** Adds a candidate; candidates of one kind are kept in offer order. */
  offer(node: GraphNode): void {
    if (!this.kinds.has(node.kind) || this.nodes.has(node.id)) return;
    if (this.queued.has(node.id)) return;
    const queue = this.queues.get(node.kind) ?? [];
    queue.push(node);
    this.queues.set(node.kind, queue);
    this.queued.add(node.id);
  }

  link(source: string, target: string, kind: EdgeKind): void {
    const id = `${kind}:${source}->${target}`;
    this.edges.set(id, { id, source, target, kind });
  }

  /** An edge kept only when `source` would otherwise have no edge at all. */
  linkIfAlone(source: string, target: string, kind: EdgeKind): void {
    const id = `${kind}:${source}->${target}`;
    this.fallbacks.set(source, { id, source, target, kind });
  }

  // Kinds take turns, so a limit keeps a mix rather than only the kind
  // that happened to come first.
  build(limit: number) {
    const queues = KINDS.map((k) => ({
      queue: this.queues.get(k) ?? [],
      turn: TURNS[k],
    }));
    const total = this.nodes.size + this.queued.size;
    const at = queues.map(() => 0);
    let room = limit;
    while (
      room > 0 &&
      queues.some(({ queue }, i) => (at[i] ?? 0) < queue.length)
    ) {
      queues.forEach(({ queue, turn }, i) => {
        for (let t = 0; t < turn && room > 0; t++) {
          const node = queue[at[i] ?? 0];
          if (!node) return;
          this.nodes.set(node.id, node);
          at[i] = (at[i] ?? 0) + 1;
          room -= 1;
        }
      });
    }
    const kept = (e: GraphEdge) =>
      this.nodes.has(e.source) && this.nodes.has(e.target);
    const edges = [...this.edges.values()].filter(kept);
    const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
    for (const [id, edge] of this.fallbacks) {
      if (!linked.has(id) && kept(edge)) edges.push(edge);
    }
    const nodes = [...this.nodes.values()];
    return { nodes, edges, truncated: nodes.length < total, total };
  }
}

/** Most cited first, then by id, so a cut keeps the best-known papers. */
function byWeight(a: GraphNode, b: GraphNode): number {
  return (
    (b.weight ?? -1) - (a.weight ?? -1) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Takes one from each list in turn, so citing, related and cited papers all
 * stay in a small slice however long one of the lists is.
 */
function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let i = 0; i < longest; i++) {
    for (const list of lists) {
      const item = list[i];
      if (item !== undefined) out.push(item);
    }
  }
  return out;
}

async function paperNodes(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, GraphNode>();
  const rows = await db
    .selectFrom('papers')
    .select(['id', 'title', 'year', 'citations_reported'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: paperNode(r.id),
        kind: 'paper' as const,
        label: r.title,
        year: r.year,
        weight: r.citations_reported,
      },
    ]),
  );
}

async function aroundPaper(
  db: Db,
  paperId: string,
  kinds: Set<NodeKind>,
  limit: number,
) {
  const centreRow = await db
    .selectFrom('papers')
    .select(['id', 'source_id'])
    .where('id', '=', paperId)
    .executeTakeFirstOrThrow();
  const centre = (await paperNodes(db, [paperId])).get(paperId)!;
  const graph = new GraphBuilder(centre, kinds);
  const source = centreRow.source_id;

  const cited = await db
    .selectFrom('citations')
    .innerJoin('papers', 'papers.source_id', 'citations.target_id')
    .select('papers.id')
    .where('citations.source_id', '=', source)
    .orderBy('papers.id')
    .execute();
  const citing = await db
    .selectFrom('citations')
    .innerJoin('papers', 'papers.source_id', 'citations.source_id')
    .select('papers.id')
    .where('citations.target_id', '=', source)
    .orderBy('papers.id')
    .execute();
  const related = await db
    .selectFrom('related_works')
    .innerJoin('papers', (join) =>
      join.on((eb) =>
        eb.or([
          eb.and([
            eb('related_works.source_id', '=', source),
            eb('papers.source_id', '=', eb.ref('related_works.target_id')),
          ]),
          eb.and([
            eb('related_works.target_id', '=', source),
            eb('papers.source_id', '=', eb.ref('related_works.source_id')),
          ]),
        ]),
      ),
    )
    .select('papers.id')
    .orderBy('papers.id')
    .execute();
  const nodes = await paperNodes(db, [
    ...citing.map((r) => r.id),
    ...related.map((r) => r.id),
    ...cited.map((r) => r.id),
  ]);
  // Each relation is ranked by citations, then the relations take turns.
  const ranked = (rows: { id: string }[]) =>
    rows
      .map(({ id }) => nodes.get(id))
      .filter((node): node is GraphNode => node !== undefined)
      .sort(byWeight);
  for (const node of interleave([
    ranked(citing),
    ranked(related),
    ranked(cited),
  ])) {
    graph.offer(node);
  }
  for (const { id } of citing) {
    graph.link(paperNode(id), centre.id, 'cites');
  }
  for (const { id } of related) {
    graph.link(centre.id, paperNode(id), 'related');
  }
  for (const { id } of cited) {
    graph.link(centre.id, paperNode(id), 'cites');
  }

  const authorships = await db
    .selectFrom('authorships')
    .select(['person_id', 'name', 'institution_ids'])
    .where('paper_id', '=', paperId)
    .orderBy('position')
    .execute();
  const institutionIds = [
    ...new Set(
      authorships.flatMap((a) => JSON.parse(a.institution_ids) as string[]),
    ),
  ];
  const institutions =
    institutionIds.length === 0
      ? []
      : await db
          .selectFrom('institutions')
          .selectAll()
          .where('id', 'in', institutionIds)
          .orderBy('id')
          .execute();
  // The first authors' institutions first.
  const rank = new Map(institutionIds.map((id, i) => [id, i]));
  institutions.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  for (const inst of institutions) {
    graph.offer({
      id: `institution:${inst.id}`,
      kind: 'institution',
      label: inst.name,
    });
  }
  for (const a of authorships) {
    const person = `person:${a.person_id}`;
    graph.offer({ id: person, kind: 'person', label: a.name });
    graph.link(person, centre.id, 'authored');
    for (const inst of JSON.parse(a.institution_ids) as string[]) {
      const node = `institution:${inst}`;
      if (kinds.has('person')) {
        graph.link(person, node, 'affiliated');
        graph.linkIfAlone(node, centre.id, 'affiliated');
      } else graph.link(node, centre.id, 'affiliated');
    }
  }

  const topics = await db
    .selectFrom('paper_topics')
    .innerJoin('topics', 'topics.id', 'paper_topics.topic_id')
    .select(['topics.id', 'topics.name'])
    .where('paper_topics.paper_id', '=', paperId)
    .orderBy('paper_topics.position')
    .execute();
  for (const t of topics) {
    const node = `topic:${t.id}`;
    graph.offer({ id: node, kind: 'topic', label: t.name });
    graph.link(centre.id, node, 'about');
  }

  return graph.build(limit);
}

async function aroundPeopleOrTopic(
  db: Db,
  kind: 'person' | 'institution' | 'topic',
  slug: string,
  kinds: Set<NodeKind>,
  limit: number,
) {
  const nodeId = `${kind}:${slug}`;
  let label: string | undefined;
  let paperIds: string[] = [];
  const people = new Map<string, string>();

  if (kind === 'topic') {
    label = (
      await db
        .selectFrom('topics')
        .select('name')
        .where('id', '=', slug)
        .executeTakeFirst()
    )?.name;
    paperIds = (
      await db
        .selectFrom('paper_topics')
        .select('paper_id')
        .where('topic_id', '=', slug)
        .orderBy('paper_id')
        .execute()
    ).map((r) => r.paper_id);
  } else if (kind === 'person') {
    const rows = await db
      .selectFrom('authorships')
      .select(['paper_id', 'name', 'institution_ids'])
      .where('person_id', '=', slug)
      .orderBy('paper_id')
      .execute();
    label = rows[0]?.name;
    paperIds = rows.map((r) => r.paper_id);
  } else {
    label = (
      await db
        .selectFrom('institutions')
        .select('name')
        .where('id', '=', slug)
        .executeTakeFirst()
    )?.name;
    // Institution ids sit inside a JSON list; match the quoted id.
    const rows = await db
      .selectFrom('authorships')
      .select(['paper_id', 'person_id', 'name'])
      .where('institution_ids', 'like', `%"${slug.replace(/[%_]/g, '')}"%`)
      .orderBy('paper_id')
      .orderBy('position')
      .execute();
    paperIds = [...new Set(rows.map((r) => r.paper_id))];
    for (const r of rows) people.set(r.person_id, r.name);
  }
  if (label === undefined) throw notFound(`No node has the id "${nodeId}".`);

  const centre: GraphNode = { id: nodeId, kind, label };
  const graph = new GraphBuilder(centre, kinds);
  const papers = await paperNodes(db, paperIds);
  for (const node of [...papers.values()].sort(byWeight)) {
    graph.offer(node);
    if (kind === 'person') graph.link(nodeId, node.id, 'authored');
    if (kind === 'topic') graph.link(node.id, nodeId, 'about');
    if (kind === 'institution') graph.link(nodeId, node.id, 'affiliated');
  }
  for (const [person, name] of people) {
    const node = `person:${person}`;
    graph.offer({ id: node, kind: 'person', label: name });
    graph.link(node, nodeId, 'affiliated');
  }
  return graph.build(limit);
}

/** The research map: the graph around a paper and around any node. */
export function graphRoutes(app: App, { db }: AppDeps): void {
  app.get('/v1/papers/:id/graph', async (c) => {
    const paperId = await paperIdParam(c, db);
    const { kinds, limit } = graphParams(c);
    return c.json(await aroundPaper(db, paperId, kinds, limit));
  });

  app.get('/v1/nodes/:nodeId/graph', async (c) => {
    const raw = c.req.param('nodeId');
    const { kinds, limit } = graphParams(c);
    const colon = raw.indexOf(':');
    const kind = raw.slice(0, colon) as NodeKind;
    const rest = raw.slice(colon + 1);
    if (colon <= 0 || !KINDS.includes(kind) || rest === '') {
      throw badRequest(
        `"${raw}" is not a node id; use paper:…, person:…, institution:… or topic:….`,
      );
    }
    if (kind === 'paper') {
      const paperId = await resolvePaperId(db, rest);
      return c.json(await aroundPaper(db, paperId, kinds, limit));
    }
    return c.json(await aroundPeopleOrTopic(db, kind, rest, kinds, limit));
  });
}
