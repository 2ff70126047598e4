import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { startServerProcess } from './support/server-process.mjs';

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;

/** The real reference server, started once for the whole run. */
function referenceServer() {
  let server;
  return {
    name: 'paperframe-reference-server',
    async serverStart() {
      server = await startServerProcess({ corsOrigins: [origin] });
    },
    async serverStop() {
      await server?.stop();
    },
    transformImport() {},
    get url() {
      return server?.url;
    },
  };
}

const api = referenceServer();

export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port,
  files: ['packages/*/src/**/*.test.ts', 'test/elements/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@paperframe/source', 'browser'] },
  plugins: [
    api,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  testRunnerHtml: (framework) => `<!doctype html>
<html lang="en">
  <body>
    <script>
      window.process = { env: { NODE_ENV: 'development' } };
      window.__PF_TEST_API__ = ${JSON.stringify(api.url)};
    </script>
    <script type="module" src="${framework}"></script>
  </body>
</html>`,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
