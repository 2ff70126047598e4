import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs the reference server from source in a child process, on a free port
 * with a fresh in-memory store that has imported the real data set.
 *
 * @param {{ corsOrigins?: string[], database?: string, env?: object }} options
 * @returns {Promise<{ url: string, stop(): Promise<void>, child: import('node:child_process').ChildProcess }>}
 */
export async function startServerProcess(options = {}) {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@paperframe/source',
      '--import',
      'tsx',
      'test/support/run-server.mjs',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        ...options.env,
        PORT: '0',
        DATABASE: options.database ?? ':memory:',
        CORS_ORIGINS: (options.corsOrigins ?? []).join(','),
      },
    },
  );
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('The reference server did not start in 60 s.')),
      60_000,
    );
    child.once('exit', (code) =>
      reject(new Error(`The reference server exited with code ${code}.`)),
    );
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(JSON.parse(line).url);
    });
  });
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
