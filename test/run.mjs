// `pnpm test`: every check and test suite, in order, ending with one plain
// `N passed, N failed` line that CI can read.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();
const failures = [];

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const echo = (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    };
    child.stdout.on('data', echo);
    child.stderr.on('data', echo);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function record(name, passed, failed, skipped = 0) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  if (failed > 0) failures.push(name);
}

/** A step that is one check: it passes or fails as a whole. */
async function check(name, command, args, env) {
  console.log(`\n▶ ${name}`);
  const { code } = await run(command, args, env);
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}

/** Node's test runner over `files`, counted from its TAP report. */
async function nodeTests(name, files, { fromSource = true, env } = {}) {
  console.log(`\n▶ ${name}`);
  if (files.length === 0) return console.log('(no test files)');
  const tap = join(mkdtempSync(join(tmpdir(), 'pf-tap-')), 'report.tap');
  const loader = fromSource
    ? ['--conditions=@paperframe/source', '--import', 'tsx']
    : [];
  const { code } = await run(
    process.execPath,
    [
      ...loader,
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    env,
  );
  const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (key) =>
    Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled');
  // A runner that crashed before reporting still counts as a failure.
  record(name, passed, failed || (code === 0 ? 0 : 1), count('skipped'));
}

/** The element suites in Chromium, counted from wtr's summary. */
async function browserTests(name) {
  console.log(`\n▶ ${name}`);
  const { code, output } = await run(
    'pnpm',
    ['exec', 'wtr', '--config', 'test/web-test-runner.config.mjs'],
    { CHROME_PATH: chrome },
  );
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colours
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const summaries = [...plain.matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = summaries.at(-1);
  const passed = Number(last?.[1] ?? 0);
  const failed = Number(last?.[2] ?? 0);
  record(name, passed, failed || (code === 0 ? 0 : 1));
}

/** Files under `dir` (relative to the repo) whose path matches `pattern`. */
function files(dir, pattern) {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true })
    .map((file) => join(dir, file))
    .filter((file) => pattern.test(file) && !file.includes('node_modules'))
    .sort();
}

const steps = {
  build: () => check('build', 'pnpm', ['run', 'build']),
  lint: () => check('lint (biome)', 'pnpm', ['exec', 'biome', 'check', '.']),
  // Tests and stories are compiled by esbuild, which checks no types.
  types: async () => {
    await check('typecheck: tests', 'pnpm', [
      'exec',
      'tsc',
      '-p',
      'test/tsconfig.json',
    ]);
    await check('typecheck: stories', 'pnpm', [
      'exec',
      'tsc',
      '-p',
      'stories/tsconfig.json',
    ]);
  },
  unit: () =>
    nodeTests('unit tests: core and server', [
      ...files('packages/core/test', /\.test\.ts$/),
      ...files('packages/server/test', /\.test\.ts$/),
    ]),
  contract: () =>
    nodeTests(
      'REST contract suite (SQLite and PostgreSQL)',
      files('test/contract', /\.test\.ts$/),
    ),
  // The React wrappers are checked as an app imports them: built files.
  react: () =>
    nodeTests('React wrappers', files('packages/react/test', /\.test\.mjs$/), {
      fromSource: false,
    }),
  elements: () => browserTests('element tests in Chromium'),
  storybook: () =>
    check(
      'storybook build',
      'pnpm',
      [
        'exec',
        'storybook',
        'build',
        '--disable-telemetry',
        '--quiet',
        '-o',
        'storybook-static',
      ],
      { STORYBOOK_DISABLE_TELEMETRY: '1' },
    ),
  e2e: () => nodeTests('end-to-end tests', files('test/e2e', /\.test\.mjs$/)),
  // The long crash, fuzz and load runs: in CI, or with PAPERFRAME_SOAK=1.
  soak: () =>
    process.env.CI || process.env.PAPERFRAME_SOAK
      ? nodeTests(
          'soak: 20 crash rounds, deep fuzzing, 30 s of steady load',
          [
            'packages/server/test/crash.test.ts',
            'packages/server/test/fuzz.test.ts',
            'packages/server/test/load.test.ts',
          ],
          {
            env: {
              PAPERFRAME_CRASH_ROUNDS: '20',
              PAPERFRAME_FUZZ_RUNS: '200',
              PAPERFRAME_LOAD_SECONDS: '30',
              PAPERFRAME_LOAD_RATE: '800',
            },
          },
        )
      : undefined,
};

if (!existsSync(chrome)) {
  console.error(
    `Chromium not found at ${chrome}: install it with \`apt-get install -y chromium\` or set CHROME_PATH.`,
  );
  process.exit(1);
}

for (const [key, step] of Object.entries(steps)) {
  if (only.length > 0 && !only.includes(key)) continue;
  await step();
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\nTook ${Math.round((Date.now() - started) / 1000)} s.`);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
