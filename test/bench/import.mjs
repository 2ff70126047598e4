// The OpenAlex importer: works per second and peak memory, for the bundled
// data set and for a synthetic file of 100,000 works made here.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SYNTHETIC_WORKS = Number(process.env.PF_BENCH_WORKS ?? 100_000);

/** Writes `n` OpenAlex-shaped works to `file`, one JSON object a line. */
export async function writeSyntheticWorks(file, n) {
  let state = 7;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const pick = (k) => Math.floor(next() * k);
  const words =
    'model learning human feedback reward policy preference language safety alignment data training evaluation'.split(
      ' ',
    );
  const out = createWriteStream(file);
  for (let i = 0; i < n; i += 1) {
    const abstract = {};
    for (let w = 0; w < 60; w += 1) {
      const word = words[pick(words.length)];
      abstract[word] = [...(abstract[word] ?? []), w];
    }
    const work = {
      id: `https://openalex.org/W9${String(i).padStart(9, '0')}`,
      doi: `https://doi.org/10.5555/bench.${i}`,
      title: `Synthetic study ${i} of ${words[pick(words.length)]} ${words[pick(words.length)]}`,
      publication_year: 1990 + pick(35),
      type: 'article',
      ids: { openalex: `https://openalex.org/W9${String(i).padStart(9, '0')}` },
      primary_location: {
        is_oa: next() < 0.5,
        landing_page_url: `https://example.org/paper/${i}`,
        source: { display_name: `Journal ${pick(500)}` },
      },
      open_access: { is_oa: next() < 0.5 },
      authorships: Array.from({ length: 1 + pick(6) }, () => {
        const a = pick(50_000);
        const inst = pick(2_000);
        return {
          author: {
            id: `https://openalex.org/A${a}`,
            display_name: `Author ${a}`,
          },
          institutions: [
            {
              id: `https://openalex.org/I${inst}`,
              display_name: `Institute ${inst}`,
            },
          ],
        };
      }),
      topics: Array.from({ length: 1 + pick(3) }, () => ({
        display_name: `Topic ${pick(300)}`,
      })),
      referenced_works: Array.from(
        { length: pick(12) },
        () => `https://openalex.org/W9${String(pick(n)).padStart(9, '0')}`,
      ),
      related_works: Array.from(
        { length: pick(4) },
        () => `https://openalex.org/W9${String(pick(n)).padStart(9, '0')}`,
      ),
      cited_by_count: pick(1000),
      abstract_inverted_index: abstract,
    };
    if (!out.write(`${JSON.stringify(work)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function importFile(file, database) {
  const line = execFileSync(
    process.execPath,
    [
      '--conditions=@paperframe/source',
      '--import',
      'tsx',
      fileURLToPath(new URL('./import-run.mjs', import.meta.url)),
      file,
      database,
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(line.trim().split('\n').at(-1));
}

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** The import section of `pnpm bench`. */
export async function run({ log }) {
  const dir = mkdtempSync(join(tmpdir(), 'pf-bench-import-'));
  const rows = [];
  const detail = {};
  try {
    const real = join(
      root,
      'packages/server/data/rlhf-neighbourhood.openalex.jsonl',
    );
    const synthetic = join(dir, 'synthetic.openalex.jsonl');
    await writeSyntheticWorks(synthetic, SYNTHETIC_WORKS);
    for (const [name, file] of [
      ['bundled data set', real],
      [`synthetic ${SYNTHETIC_WORKS.toLocaleString('en')} works`, synthetic],
    ]) {
      const r = importFile(file, join(dir, `${rows.length}.sqlite`));
      detail[name] = { ...r, fileBytes: statSync(file).size };
      log(
        `${name}: ${r.imported} works in ${r.seconds.toFixed(1)} s, peak RSS ${mb(r.peakRssBytes)}`,
      );
      rows.push({
        section: 'import',
        figure: `${name} into SQLite (${r.imported.toLocaleString('en')} works, ${mb(statSync(file).size)} file)`,
        value: `${Math.round(r.imported / r.seconds).toLocaleString('en')} works/s`,
        note: `peak RSS ${mb(r.peakRssBytes)}; ${r.seconds.toFixed(1)} s`,
      });
    }
    return { rows, detail };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
