// Screenshots of <pay-card-form> for the README, in English (left to right) and Arabic (right to
// left): a typed card number with its brand mark, and an expiry error showing.
// Usage: node scripts/screenshots.mjs → docs/screenshots/card-form-en.png, card-form-ar.png.
// Offline: the elements are bundled with esbuild (Arabic catalog chunks inlined) into the page
// itself, and the Chromium the tests use (scripts/chromium.mjs) takes the pictures.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './chromium.mjs';

const OUT_DIR = 'docs/screenshots';
const SHOTS = [
  { file: 'card-form-en.png', lang: 'en', dir: 'ltr' },
  { file: 'card-form-ar.png', lang: 'ar', dir: 'rtl' },
];
/** A valid Visa number (brand mark shown), and an expiry long past: its error shows on leaving the field. */
const TYPED = { number: '4242 4242 4242 4242', expiry: '01 / 20' };

async function bundleElements() {
  const result = await build({
    entryPoints: ['src/define.ts'], bundle: true, format: 'iife', write: false, target: 'es2021',
    tsconfig: 'tsconfig.json', conditions: ['production'], define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const page = ({ lang, dir }) => `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><style>
  body { margin: 0; background: #fff; font-family: 'DejaVu Sans', system-ui, sans-serif; }
  main { width: 26rem; padding: 1.5rem; }
</style></head>
<body><main><pay-card-form amount="1250" currency="EUR"></pay-card-form></main></body>
</html>`;

/** Types into a field of the card form with real key events, then leaves it with Tab. */
async function typeInto(tab, field, text) {
  const input = await tab.evaluateHandle((id) => document.querySelector('pay-card-form').shadowRoot.getElementById(id), field);
  await input.click();
  await tab.keyboard.type(text);
  await tab.keyboard.press('Tab');
}

async function shoot(browser, code, shot) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 480, height: 480, deviceScaleFactor: 2 });
  await tab.setContent(page(shot));
  await tab.addScriptTag({ content: code });
  await tab.waitForFunction(() => customElements.get('pay-card-form') && document.querySelector('pay-card-form').shadowRoot?.getElementById('number'));
  if (shot.lang === 'ar') {
    await tab.waitForFunction(() => /[\u0600-\u06FF]/.test(document.querySelector('pay-card-form').shadowRoot.querySelector('label[for=number]').textContent));
  }
  await typeInto(tab, 'number', TYPED.number);
  await typeInto(tab, 'expiry', TYPED.expiry);
  await tab.waitForFunction(() => document.querySelector('pay-card-form').shadowRoot.getElementById('expiry-error').textContent !== '');
  // No focus ring on the CVC the last Tab reached: the picture shows the form at rest.
  await tab.evaluate(() => document.querySelector('pay-card-form').shadowRoot.activeElement?.blur());
  const main = await tab.$('main');
  await main.screenshot({ path: join(OUT_DIR, shot.file) });
  await tab.close();
  console.log(`${join(OUT_DIR, shot.file)}`);
}

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: install it (see TOOLCHAIN) or set CHROME_PATH.');
mkdirSync(OUT_DIR, { recursive: true });
const code = await bundleElements();
const userDataDir = mkdtempSync(join(tmpdir(), 'pay-shots-'));
const browser = await puppeteer.launch({
  executablePath, headless: true, userDataDir,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--no-default-browser-check',
    '--font-render-hinting=none'],
});
try {
  for (const shot of SHOTS) await shoot(browser, code, shot);
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
