// web-test-runner plugin: starts the provider sandbox (sandbox/server.ts) once per run on a free
// port, tells the browser where it is (`GET /__sandbox/origin` on the test server,
// process.env.PAY_SANDBOX_ORIGIN for Node-side plugins), serves a merchant-origin return page,
// and lets tests drive the sandbox's hosted pages — cross-origin iframes and popups a test page
// cannot script — with real clicks and key presses through puppeteer.
import { tsImport } from 'tsx/esm/api';

// Hosted pages open after a real click, a script load and a popup: on a loaded CI machine that
// takes seconds.
const FRAME_WAIT_MS = 10_000;

/** A merchant-origin page the sandbox can send the browser back to (callback_url / callbackUrl in tests). */
const RETURN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Returned</title></head>
<body><h1>Returned to the merchant</h1></body></html>`;

/**
 * The frame (in the test's page, its iframes, or any popup) whose URL contains `urlPart`,
 * holding `selector`. Waits for it: hosted pages load after the test asks.
 */
async function findHostedElement(session, urlPart, selector, waitMs = FRAME_WAIT_MS) {
  const browser = session.browser.getPage(session.id).browser();
  const deadline = Date.now() + waitMs;
  let lastError;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      for (const frame of page.frames()) {
        if (!frame.url().includes(urlPart)) continue;
        try {
          const handle = await frame.$(selector);
          if (handle) return { page, frame, handle };
        } catch (error) {
          lastError = error; // the frame navigated away meanwhile: look again
        }
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No hosted page matching "${urlPart}" with "${selector}" within ${waitMs} ms${lastError ? ` (${lastError.message})` : ''}`);
}

/**
 * Waits (up to 5 s) until the hosted page has loaded, stylesheets included: a click aims at the
 * element's box, and a stylesheet arriving after the aim moves the boxes (a row of outcome
 * buttons reflows, and the click lands on a neighbour).
 */
function settled(handle) {
  return handle.evaluate(() => new Promise((resolve) => {
    if (document.readyState === 'complete') return resolve();
    addEventListener('load', () => resolve(), { once: true });
    setTimeout(resolve, 5000);
  })).catch(() => {});
}

// A click reaches a cross-origin iframe only while its page is in front (Chromium hit-tests
// out-of-process frames with compositor data that hidden pages don't produce). Test files run
// side by side, so "bring to front, then act" runs one at a time across sessions.
let inFront = Promise.resolve();
function inFrontExclusively(page, action) {
  const run = inFront.then(async () => {
    await page.bringToFront();
    // A click whose mouse-up never arrived (its frame went away under it) leaves puppeteer's mouse
    // "pressed", and every later click on that page fails with "'left' is already pressed": release
    // it first (puppeteer refuses, harmlessly, when nothing is pressed).
    await page.mouse.up().catch(() => {});
    return action();
  });
  inFront = run.catch(() => {});
  return run;
}

/**
 * A real click on `handle`, made sure to land there: the page moving between aiming and clicking
 * (its frame shifted by the test page, a late reflow) would press a neighbour — another outcome
 * of a hosted page. A click that lands beside the target is stopped in the page before it does
 * anything, and the click is aimed again.
 */
/** Whether `page` is closed, or closes within a second. */
function closesSoon(page) {
  if (page.isClosed()) return Promise.resolve(true);
  return new Promise((resolve) => {
    page.once('close', () => resolve(true));
    setTimeout(() => resolve(page.isClosed()), 1000);
  });
}

async function clickOnTarget(page, handle) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await handle.evaluate((target) => {
      window.__payClickMissed = false;
      window.__payClickGuard = (event) => {
        // The path, not the target: a click in an element's shadow root is retargeted to its host here.
        if (event.composedPath().includes(target)) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        window.__payClickMissed = true;
      };
      document.addEventListener('click', window.__payClickGuard, { capture: true, once: true });
    });
    try {
      await inFrontExclusively(page, () => handle.click());
    } catch (error) {
      // A click that closes its own page (a popup's Cancel) can lose the mouse-up's reply, and
      // the error can arrive before puppeteer has marked the page closed: the click happened.
      // Any other failure stands.
      if (await closesSoon(page)) return;
      throw error;
    }
    const missed = await handle.evaluate(() => {
      document.removeEventListener('click', window.__payClickGuard, { capture: true });
      return window.__payClickMissed;
    }).catch(() => false); // the click navigated the page or closed it: it landed
    if (!missed) return;
  }
  throw new Error('sandbox-click: the click kept landing beside its target');
}

function checkPayload(payload, fields) {
  for (const field of fields) {
    if (typeof payload?.[field] !== 'string') throw new Error(`sandbox command: payload.${field} must be a string`);
  }
}

export function sandboxPlugin() {
  let sandbox;
  return {
    name: 'pay-sandbox',
    async serverStart() {
      const { startSandbox } = await tsImport('../../sandbox/server.ts', import.meta.url);
      sandbox = await startSandbox({ port: 0 });
      process.env.PAY_SANDBOX_ORIGIN = sandbox.origin;
    },
    async serverStop() {
      await sandbox?.close();
    },
    serve(context) {
      if (context.path === '/__sandbox/origin') return { body: JSON.stringify({ origin: sandbox.origin }), type: 'json' };
      if (context.path === '/__sandbox/return') return { body: RETURN_PAGE, type: 'html' };
      return undefined;
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'sandbox-click') {
        checkPayload(payload, ['urlPart', 'selector']);
        const { page, handle } = await findHostedElement(session, payload.urlPart, payload.selector);
        await settled(handle);
        await clickOnTarget(page, handle);
        return true;
      }
      if (command === 'sandbox-type') {
        checkPayload(payload, ['urlPart', 'selector', 'text']);
        const { page, handle } = await findHostedElement(session, payload.urlPart, payload.selector);
        await settled(handle);
        await inFrontExclusively(page, async () => {
          await handle.click();
          await handle.type(payload.text);
        });
        return true;
      }
      if (command === 'sandbox-text') {
        checkPayload(payload, ['urlPart', 'selector']);
        const { handle } = await findHostedElement(session, payload.urlPart, payload.selector);
        return handle.evaluate((element) => element.textContent.trim());
      }
      if (command === 'sandbox-exists') {
        checkPayload(payload, ['urlPart', 'selector']);
        const waitMs = Number.isFinite(payload.waitMs) ? payload.waitMs : FRAME_WAIT_MS;
        return findHostedElement(session, payload.urlPart, payload.selector, waitMs).then(() => true, () => false);
      }
      if (command === 'sandbox-close-page') {
        checkPayload(payload, ['urlPart']);
        const { page } = await findHostedElement(session, payload.urlPart, 'html');
        if (page === session.browser.getPage(session.id)) throw new Error('sandbox-close-page: that is the test page itself');
        await page.close();
        return true;
      }
      return undefined;
    },
  };
}
