import { expect } from '@open-wc/testing';

/** The script-tag files: the main file loads every other element's file on demand. */

interface Captured {
  errors: string[];
  warnings: string[];
  violations: string[];
  uncaught: string[];
  payErrors: { tag: string; code: string; message: string }[];
}
interface Described { tag: string; upgraded: boolean; rendered: boolean }
type PageResult<T> = T & { captured: Captured };

function loadPage<T>(name: string, timeoutMs = 9000): Promise<PageResult<T>> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => {
      frame.remove();
      reject(new Error(`the page ${name} never reported`));
    }, timeoutMs);
    window.addEventListener('message', function onMessage(event: MessageEvent<PageResult<T> & { type: string }>) {
      if (event.source !== frame.contentWindow || event.data?.type !== 'page-result') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(event.data);
    });
    frame.src = `/__pages/page/${name}.html`;
    document.body.append(frame);
  });
}

const sizes = async () => (await (await fetch('/__pages/cdn/sizes.json')).json()) as Record<string, { raw: number; brotli: number }>;

describe('script-tag files: elements loaded on demand', function () {
  this.timeout(20_000);

  // The test server builds dist/cdn in memory when it starts: wait for that build (a minute on a
  // busy machine) before timing any page.
  before(async function () {
    this.timeout(180_000);
    await sizes();
  });

  it('renders every element from one script tag under a strict CSP with Trusted Types, without a violation', async () => {
    const result = await loadPage<{ elements: Described[]; classes: Record<string, boolean> }>('every-element');
    // Locale files (pay-locales.iife.js, pay-locale-<tag>[-diagnostics].iife.js) are no elements.
    const files = Object.keys(await sizes()).filter((file) => file !== 'pay-elements.iife.js' && !file.startsWith('pay-locale'));
    const tags = result.elements.map(({ tag }) => tag);
    // Every per-element file's tag is on the page (a new element must join this test).
    expect(tags).to.include.members(files.map((file) => file.replace('.iife.js', '')));
    expect(tags).to.include('pay-card-form');
    for (const element of result.elements) expect(element, element.tag).to.deep.equal({ tag: element.tag, upgraded: true, rendered: true });
    expect(result.classes, 'each class joins window.PayElements once loaded').to.deep.equal(Object.fromEntries(tags.map((tag) => [tag, true])));
    expect(result.captured.violations).to.deep.equal([]);
    expect(result.captured.uncaught).to.deep.equal([]);
    expect(result.captured.payErrors.filter(({ code }) => code === 'sdk_load_failed' || code === 'csp_blocked')).to.deep.equal([]);
  });

  it('speaks the page’s language: an Italian page loads the locale index and the Italian files only', async () => {
    const result = await loadPage<{ cardNumberLabel: string; mbwayButton: string; coopMessage: string; files: string[] }>('every-element-it', 15_000);
    const italian = (name: string) => import(/* @vite-ignore */ `/src/locales/it/${name}.ts`).then((m: { default: Record<string, string> }) => m.default);
    expect(result.cardNumberLabel).to.equal((await italian('card-form'))['card.number.label']);
    expect(result.mbwayButton).to.equal((await italian('mbway'))['mbway.submit']);
    // diagnose({ locale: 'it' }) words its checks from the Italian diagnostics file: some Italian COOP template matches.
    const coopTemplates = Object.entries(await italian('diagnostics')).filter(([key]) => key.startsWith('diagnostics.coop.')).map(([, text]) => text);
    const longestLiteral = (template: string) => template.split(/\{\w+\}/).sort((a, b) => b.length - a.length)[0]!;
    expect(coopTemplates.some((template) => result.coopMessage.includes(longestLiteral(template))), result.coopMessage).to.equal(true);
    expect(result.files).to.deep.equal(['pay-locale-it-diagnostics.iife.js', 'pay-locale-it.iife.js', 'pay-locales.iife.js']);
    expect(result.captured.violations).to.deep.equal([]);
    expect(result.captured.uncaught).to.deep.equal([]);
  });

  it('defines elements the page adds later by script, alone or inside another node', async () => {
    const result = await loadPage<{ elements: Described[]; unknown: string }>('added-later');
    expect(result.elements).to.deep.equal([
      { tag: 'pay-voucher-choice', upgraded: true, rendered: true },
      { tag: 'pay-bank-transfer', upgraded: true, rendered: true },
    ]);
    expect(result.unknown).to.equal('<pay-nothing> is not a pay-elements element.');
    expect(result.captured.violations).to.deep.equal([]);
  });

  it('defines elements inside another component’s shadow root through PayElements.observe() and load()', async () => {
    const result = await loadPage<{ seenUnasked: boolean; loadedIsClass: boolean; elements: Described[] }>('shadow-roots');
    expect(result.seenUnasked, 'the document observer cannot see into shadow roots').to.equal(false);
    expect(result.loadedIsClass).to.equal(true);
    expect(result.elements).to.deep.equal([
      { tag: 'pay-bank-transfer', upgraded: true, rendered: true },
      { tag: 'pay-voucher-choice', upgraded: true, rendered: true },
      { tag: 'pay-glomo-checkout', upgraded: true, rendered: true },
    ]);
    expect(result.captured.violations).to.deep.equal([]);
    expect(result.captured.uncaught).to.deep.equal([]);
  });

  it('reports a per-element file that fails its integrity check: pay-error, a console error, a rejected load(), no hang', async () => {
    const result = await loadPage<{
      payError: { code: string; message: string } | null;
      elapsedMs: number;
      loadError: { code: string; message: string } | null;
      defined: boolean;
    }>('tampered');
    const message = `<pay-voucher-choice> could not be loaded from ${location.origin}/__pages/cdn-tampered/pay-voucher-choice.iife.js: `
      + 'the file did not load, or it does not match its integrity hash.';
    expect(result.payError).to.include({ code: 'sdk_load_failed', message });
    expect(result.elapsedMs).to.be.below(5000);
    expect(result.loadError).to.deep.equal({ code: 'sdk_load_failed', message });
    expect(result.defined).to.equal(false);
    expect(result.captured.errors).to.include(`[pay-elements] ${message}`);
    expect(result.captured.uncaught).to.deep.equal([]);
  });

  it('a per-element file without the main file says so in the console and defines nothing', async () => {
    const result = await loadPage<{ defined: boolean; payElements: string }>('element-file-alone');
    expect(result.defined).to.equal(false);
    expect(result.payElements).to.equal('undefined');
    expect(result.captured.errors).to.deep.equal([
      '[pay-elements] pay-voucher-choice.iife.js needs pay-elements.iife.js of the same build on the page first '
      + '(it loads this file itself when <pay-voucher-choice> appears); nothing was defined.',
    ]);
    expect(result.captured.uncaught).to.deep.equal([]);
  });

  it('keeps the main file within 35 kB brotli (issue 7 and 10 budget)', async () => {
    const main = (await sizes())['pay-elements.iife.js']!;
    expect(main.brotli).to.be.at.most(35_000);
  });
});

describe('script-tag files: a CSP that blocks the per-element files', function () {
  this.timeout(20_000);

  it('ends in pay-error csp_blocked naming the host to allow, and diagnose() rejects instead of hanging', async () => {
    const result = await loadPage<{
      payError: { code: string; message: string } | null;
      diagnoseError: { code: string; message: string } | null;
      elapsedMs: number;
    }>('csp-blocked');
    const reason = `the site’s Content-Security-Policy blocked it (allow ${location.origin} in script-src).`;
    expect(result.payError).to.include({
      code: 'csp_blocked',
      message: `<pay-voucher-choice> could not be loaded from ${location.origin}/__pages/cdn/pay-voucher-choice.iife.js: ${reason}`,
    });
    expect(result.diagnoseError).to.deep.equal({
      code: 'csp_blocked',
      message: `<pay-diagnostics> could not be loaded from ${location.origin}/__pages/cdn/pay-diagnostics.iife.js: ${reason}`,
    });
    expect(result.elapsedMs).to.be.below(5000);
    expect(result.captured.uncaught).to.deep.equal([]);
  });
});
