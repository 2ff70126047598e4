// `pnpm bench`: how fast and light Paperframe is, next to the floors measured
// on the same machine, printed as one table. Pass section names to run only
// those: `pnpm bench bytes requests`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBED_DIST, ENTRY } from './bundle.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SECTIONS = ['bytes', 'requests', 'render', 'map', 'server', 'import'];
const only = process.argv.slice(2);
const chosen =
  only.length > 0 ? SECTIONS.filter((s) => only.includes(s)) : SECTIONS;

// Sections that load TypeScript sources run under tsx with the source
// condition; re-launch this script that way when started plainly.
if (!process.env.PF_BENCH_CHILD) {
  const child = spawnSync(
    process.execPath,
    [
      '--conditions=@paperframe/source',
      '--import',
      'tsx',
      '--expose-gc',
      fileURLToPath(import.meta.url),
      ...only,
    ],
    {
      stdio: 'inherit',
      cwd: root,
      env: { ...process.env, PF_BENCH_CHILD: '1' },
    },
  );
  process.exit(child.status ?? 1);
}

function chromiumVersion() {
  try {
    return execFileSync(
      process.env.CHROME_PATH ?? '/usr/bin/chromium',
      ['--version'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    ).trim();
  } catch {
    return 'unknown';
  }
}

const machine = {
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free at start)`,
  node: process.version,
  chromium: chromiumVersion(),
  load: (await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' '),
};
console.log('Paperframe bench');
for (const [key, value] of Object.entries(machine))
  console.log(`  ${key}: ${value}`);

if (!process.env.PF_EMBED_DIST && !existsSync(join(EMBED_DIST, ENTRY))) {
  console.log('\nNo built embed: running `pnpm build` first.');
  execFileSync('pnpm', ['build'], { cwd: root, stdio: 'inherit' });
}

const started = performance.now();
const rows = [];
const details = {};
const failures = [];
for (const name of chosen) {
  const at = performance.now();
  console.log(`\n▶ ${name}`);
  try {
    const section = await import(`./${name}.mjs`);
    const result = await section.run({
      log: (line) => console.log(`  ${line}`),
    });
    rows.push(...result.rows);
    details[name] = result.detail;
  } catch (error) {
    failures.push(name);
    console.error(`  ${name} failed: ${error?.stack ?? error}`);
    rows.push({
      section: name,
      figure: 'section failed',
      value: String(error?.message ?? error),
    });
  }
  console.log(`  (${((performance.now() - at) / 1000).toFixed(1)} s)`);
}

const seconds = (performance.now() - started) / 1000;
const fmt = (row) => ({
  section: row.section,
  figure: row.figure,
  value: String(row.value ?? ''),
  floor: String(row.floor ?? ''),
  ratio: typeof row.ratio === 'number' ? `${row.ratio.toFixed(2)}×` : '',
  target: row.target ?? '',
  met: row.ok === undefined ? '' : row.ok ? 'yes' : 'NO',
  note: row.note ?? '',
});
const table = rows.map(fmt);
const columns = Object.keys(table[0] ?? {});
const widths = columns.map((c) =>
  Math.max(c.length, ...table.map((r) => r[c].length)),
);
const line = (cells) =>
  `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${line(columns)}`);
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of table) console.log(line(columns.map((c) => row[c])));

const out = join(tmpdir(), `paperframe-bench-${Date.now()}.json`);
writeFileSync(
  out,
  JSON.stringify({ machine, seconds, rows, details }, null, 2),
);
const missed = rows.filter((r) => r.ok === false).length;
console.log(
  `\nBench finished in ${seconds.toFixed(0)} s; ${missed} target(s) missed; ${failures.length} section(s) failed. Raw results: ${out}`,
);
process.exit(failures.length > 0 ? 1 : 0);
