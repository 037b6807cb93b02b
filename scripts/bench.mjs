// `npm run bench`: builds, then prints sizes (gzip, brotli) of the card-form entry bundled for a
// browser with everything it imports (lit, zod, credit-card-type) and of the script-tag bundle,
// and the median time in headless Chromium to create, render and remove 100 card forms.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium } from './chromium.mjs';

const kB = (bytes) => (bytes / 1000).toFixed(1) + ' kB';
const sizes = (code) => ({
  raw: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

async function bundle(entry, format = 'esm') {
  const result = await build({
    entryPoints: [entry], bundle: true, minify: true, format, target: 'es2021', write: false,
    tsconfig: 'tsconfig.json', define: { 'process.env.NODE_ENV': '"production"' }, conditions: ['production'],
  });
  return Buffer.from(result.outputFiles[0].contents);
}

async function renderTiming(iife) {
  const server = createServer((req, res) => {
    if (req.url === '/pay.js') { res.setHeader('content-type', 'text/javascript'); res.end(iife); return; }
    res.setHeader('content-type', 'text/html');
    res.end('<!doctype html><html lang="en"><body><script src="/pay.js"></script></body></html>');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const browser = await puppeteer.launch({
    executablePath: findChromium(), headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'pay-bench-'))}`],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    return await page.evaluate(async () => {
      const runs = [];
      for (let run = 0; run < 15; run++) {
        const start = performance.now();
        const forms = [];
        for (let i = 0; i < 100; i++) {
          const form = document.createElement('pay-card-form');
          form.setAttribute('amount', '5000');
          form.setAttribute('currency', 'EUR');
          document.body.append(form);
          forms.push(form);
        }
        await Promise.all(forms.map((f) => f.updateComplete));
        forms.forEach((f) => f.remove());
        runs.push(performance.now() - start);
      }
      runs.sort((a, b) => a - b);
      return runs[Math.floor(runs.length / 2)];
    });
  } finally {
    await browser.close();
    server.close();
  }
}

execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
const cardForm = sizes(await bundle('src/components/card-form/pay-card-form.ts'));
const litOnly = sizes(await bundle('scripts/bench-lit-only.ts'));
// The first slice's script-tag bundle (card form only), for comparison with its 20 kB target.
const cardFormIife = sizes(await bundle('src/components/card-form/pay-card-form.ts', 'iife'));
const iifeCode = readFileSync('dist/cdn/pay-elements.iife.js');
const iife = sizes(iifeCode);
const medianMs = await renderTiming(iifeCode);

const rows = [
  ['card-form entry + lit + deps (esbuild, minified)', cardForm, 16_000],
  ['script-tag bundle dist/cdn/pay-elements.iife.js (every element + diagnose)', iife, 24_000],
  ['script-tag bundle with the card form only (esbuild IIFE)', cardFormIife, 20_000],
  ['lit alone (reference)', litOnly, null],
];
console.log('| what | raw | gzip | brotli | brotli budget |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, s, target] of rows) {
  const verdict = target === null ? '—' : `${kB(target)} ${s.brotli <= target ? '✓' : '✗ over'}`;
  console.log(`| ${name} | ${kB(s.raw)} | ${kB(s.gzip)} | ${kB(s.brotli)} | ${verdict} |`);
}
console.log(`\nmedian of 15 runs, create + render + remove 100 <pay-card-form>: ${medianMs.toFixed(1)} ms (headless Chromium)`);
const over = rows.filter(([, s, target]) => target !== null && s.brotli > target);
if (over.length) process.exitCode = 1;
