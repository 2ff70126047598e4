// Requests each kind of page makes to the API, on the built embed.
import { measureRequests, register, startBench } from './pages.mjs';

/** The requests section of `pnpm bench`. */
export async function run() {
  const bench = await startBench();
  const rows = [];
  const row = (figure, value, target, ok, note = '') =>
    rows.push({ section: 'requests', figure, value, target, ok, note });
  try {
    const cards = await measureRequests(bench, '/cards-50.html');
    row('50 cards: paper requests', cards.paper, '≤ 1', cards.paper <= 1);
    row('50 cards: graph requests', cards.graph, '0', cards.graph === 0);
    row(
      '50 cards: API requests in all',
      cards.api.length,
      '',
      undefined,
      `${cards.scripts.length} script files`,
    );

    const token = await register(bench.api);
    const all = await measureRequests(bench, '/all.html', { token });
    row('every element, signed in: paper', all.paper, '1', all.paper === 1);
    row(
      'every element, signed in: session',
      all.session,
      '1',
      all.session === 1,
    );
    row(
      'every element, signed in: duplicate URLs',
      all.duplicates.length,
      '0',
      all.duplicates.length === 0,
      `${all.api.length} API requests, ${all.scripts.length} script files`,
    );
    const anon = await measureRequests(bench, '/all.html');
    row(
      'every element, signed out: paper / session',
      `${anon.paper} / ${anon.session}`,
      '1 / ≤ 1',
      anon.paper === 1 && anon.session <= 1 && anon.duplicates.length === 0,
      `${anon.api.length} API requests`,
    );
    return { rows, detail: { cards, all, anon } };
  } finally {
    await bench.close();
  }
}
