// Node side of the runtime figures of `npm run bench`: serves one page with the script-tag bundle
// and bench-page.mjs, drives it in headless Chromium (puppeteer-core), and reads the heap through
// the DevTools protocol. All figures come from that one page.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium } from './chromium.mjs';
import { cpuTimesFromTrace, mountFigures, typingFigures } from './bench-trace.mjs';

const PAGE = '<!doctype html><html lang="en"><body>'
  + '<script src="/pay.js"></script><script type="module" src="/bench-page.mjs"></script></body></html>';

/** A loopback server for the page; cross-origin isolated, so `performance.now()` is fine-grained (5 µs, not 100 µs). */
async function serve(iife) {
  const pageModule = readFileSync(new URL('./bench-page.mjs', import.meta.url));
  const server = createServer((req, res) => {
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    res.setHeader('cross-origin-embedder-policy', 'require-corp');
    const [type, body] = req.url === '/pay.js' ? ['text/javascript', iife]
      : req.url === '/bench-page.mjs' ? ['text/javascript', pageModule]
        : ['text/html', PAGE];
    res.setHeader('content-type', type);
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return server;
}

/** The JS heap plus the DOM's (Blink's) heap in use after full collections, in bytes. */
async function heapInUse(cdp) {
  // Several passes: one collection can leave garbage that only the next finds (weak callbacks).
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize + (usage.embedderHeapUsedSize ?? 0);
}

/**
 * Runs the mount, typed-digit and heap benchmarks against the script-tag bundle `iife` (which
 * must define <pay-card-form>) and returns their figures.
 */
export async function measureRuntime(iife, { heapCycles = 1000 } = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found: set CHROME_PATH or install chromium (npm test does)');
  const server = await serve(iife);
  const profile = mkdtempSync(join(tmpdir(), 'pay-bench-'));
  const browser = await puppeteer.launch({
    executablePath, headless: true,
    // One evaluate runs a whole benchmark: on a machine shared with test runs that can take a minute.
    protocolTimeout: 600_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
      '--js-flags=--expose-gc', `--user-data-dir=${profile}`],
  });
  try {
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => 'payBench' in window, { timeout: 10_000 }).catch(() => {
      throw new Error(`bench page did not load: ${pageErrors.join('; ') || 'no payBench'}`);
    });
    // Only the page's marks are traced: they carry the main thread's CPU clock (see bench-trace.mjs).
    await page.tracing.start({ categories: ['blink.user_timing'] });
    const mountWall = await page.evaluate(() => window.payBench.mount());
    const typingWall = await page.evaluate(() => window.payBench.typing());
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    await page.evaluate(() => window.payBench.clearMarks());
    const cpu = cpuTimesFromTrace(trace.traceEvents);

    const cdp = await page.createCDPSession();
    await page.evaluate(() => window.payBench.mountCycles(100)); // warm-up: template and style caches
    const before = await heapInUse(cdp);
    await page.evaluate((cycles) => window.payBench.mountCycles(cycles), heapCycles);
    const after = await heapInUse(cdp);

    const timerIsolated = await page.evaluate(() => window.payBench.crossOriginIsolated);
    return {
      mount: mountFigures(mountWall, cpu),
      typing: typingFigures(typingWall, cpu),
      heap: { growthBytes: after - before, cycles: heapCycles },
      clock: cpu ? 'main-thread CPU time' : 'wall time',
      timerIsolated,
    };
  } finally {
    await browser.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
