// Real headless Chromium (Debian's), TypeScript through esbuild, and a plain
// closing line "N passed, N failed, N skipped" that CI reads.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './scripts/chromium.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { testServerPlugins } from './test/support/server-plugins.mjs';
import { pagesPlugin } from './test/support/pages-plugin.mjs';
import { strictFlowPagesPlugin } from './test/support/strict-flow-pages-plugin.mjs';
import { reactPlugin } from './test/support/react-plugin.mjs';
import { merchantMiddleware } from './test/support/merchant-plugin.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `npm test` (it installs one) or set CHROME_PATH.');

export default {
  // test/node/ holds the Node-side tests (node:test), run by scripts/test.mjs.
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // One test file at a time: two at once on CI's two cores overloaded the dev server (its esbuild
  // service died mid-run on a clean clone) and made hosted-page timing flaky.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  // The demo shop's server (merchant endpoints) on the test page's origin.
  middleware: [merchantMiddleware()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    pagesPlugin(),
    strictFlowPagesPlugin(),
    reactPlugin(),
    ...testServerPlugins(),
  ],
  browsers: [
    chromeLauncher({
      // Pages run side by side: each must behave as visible and focused, or background pages
      // get no animation frames (fixture() hangs) and no focus events.
      async createPage({ browser }) {
        const page = await browser.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        await session.send('Page.enable');
        await session.send('Page.setWebLifecycleState', { state: 'active' });
        return page;
      },
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
          '--no-default-browser-check',
          // With concurrency > 1, background pages would get no animation frames and fixture() would hang.
          '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
          `--user-data-dir=${mkdtempSync(join(tmpdir(), 'pay-wtr-'))}`,
        ],
      },
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
