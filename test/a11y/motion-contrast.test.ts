import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import '../components/bank-transfer/bank-transfer-harness.js'; // registers <test-configured-bank-transfer>
import { FAKE_PAYMENT_URL, FAKE_STATUS_URL, FakeSibsShop, referenceGenerated } from '../components/sibs-support/fake-sibs-shop.js';
import { SANDBOX_PUBLIC_KEY } from '../support/sandbox.js';
import { policyPageUrl } from '../support/diagnostics-harness.js';

/**
 * `prefers-reduced-motion: reduce` stops every spinner and transition; forced colours (Windows
 * high contrast) keep focus rings, borders of inputs and buttons, error states and the chosen
 * option visible.
 *
 * Forced colours are switched on in Chromium itself (test/support/forced-colors-plugin.mjs:
 * Puppeteer's media-feature emulation; @web/test-runner-commands' `emulateMedia` passes
 * `forcedColors` to Playwright only), so the browser applies its forced palette, drops
 * box-shadows and backgrounds, and the tests measure what a high-contrast user sees.
 */

type LitElementLike = HTMLElement & { updateComplete: Promise<unknown> };

async function mount(template: TemplateResult): Promise<LitElementLike> {
  const element = await fixture<LitElementLike>(template);
  await element.updateComplete;
  return element;
}

function find<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot!.querySelector<T & Element>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in <${element.localName}>`);
  return found;
}

const style = (element: Element): CSSStyleDeclaration => getComputedStyle(element);

/** A fetch that never answers for `path`, so an element stays busy (its spinner showing). */
function hangFetch(path: string): () => void {
  const original = window.fetch;
  window.fetch = (input, init) => new URL(input instanceof Request ? input.url : String(input), location.href).pathname === path
    ? new Promise<Response>(() => {})
    : original(input, init);
  return () => { window.fetch = original; };
}

describe('prefers-reduced-motion: reduce', function () {
  this.timeout(20_000);
  let shop: FakeSibsShop;
  let restoreFetch: (() => void) | null = null;
  beforeEach(() => {
    shop = new FakeSibsShop().install();
    shop.paymentAnswers = [{ body: referenceGenerated('tx-motion') }];
  });
  afterEach(async () => {
    restoreFetch?.();
    restoreFetch = null;
    shop.uninstall();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  /** The spinner turns without a preference and stands still with `reduce`. */
  async function expectSpinnerStops(spinner: HTMLElement): Promise<void> {
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(style(spinner).animationName).to.not.equal('none');
    expect(parseFloat(style(spinner).animationDuration)).to.be.greaterThan(0);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(style(spinner).animationName).to.equal('none');
  }

  it('stops the pending spinner of the forms and the inputs\' transitions', async () => {
    const form = await mount(html`<pay-card-form pending></pay-card-form>`);
    await expectSpinnerStops(find(form, '.spinner'));
    const number = find(form, '#number');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(style(number).transitionDuration.split(',').map(parseFloat).some((s) => s > 0)).to.equal(true);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(style(number).transitionDuration.split(',').map(parseFloat).every((s) => s === 0)).to.equal(true);
  });

  it('stops Multibanco\'s "watching" spinner', async () => {
    const mb = await mount(html`<pay-multibanco payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL} poll-interval="100" autostart></pay-multibanco>`);
    await waitUntil(() => mb.shadowRoot!.querySelector('[part~=watching] .spinner'), 'the watching spinner');
    await expectSpinnerStops(find(mb, '[part~=watching] .spinner'));
  });

  it('stops the busy Pay button\'s spinner of <pay-payglocal-checkout>', async () => {
    restoreFetch = hangFetch('/__hanging-shop');
    const checkout = await mount(html`<pay-payglocal-checkout payment-url="/__hanging-shop"></pay-payglocal-checkout>`);
    find<HTMLButtonElement>(checkout, 'button').click();
    await waitUntil(() => checkout.shadowRoot!.querySelector('.spinner'), 'the busy spinner');
    await expectSpinnerStops(find(checkout, '.spinner'));
  });

  it('leaves no animation or transition running in any element', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const elements = [
      await mount(html`<pay-card-form pending></pay-card-form>`),
      await mount(html`<pay-voucher-choice total="15000" currency="EUR" voucher-balance="5000" method="CARD_AND_VOUCHER"></pay-voucher-choice>`),
      await mount(html`<test-configured-bank-transfer></test-configured-bank-transfer>`),
      await mount(html`<pay-mbway payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL}></pay-mbway>`),
      await mount(html`<pay-glomo-checkout public-key=${SANDBOX_PUBLIC_KEY} order-id="order_motion"></pay-glomo-checkout>`),
      await mount(html`<pay-payglocal-checkout payment-url="/__nowhere"></pay-payglocal-checkout>`),
      await mount(html`<pay-payglobe-checkout publishable-key=${SANDBOX_PUBLIC_KEY} amount="1000" email="shopper@example.com" script-url="/__no-script.js"></pay-payglobe-checkout>`),
      await mount(html`<pay-card-payment provider="sibs" payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL}></pay-card-payment>`),
      await mount(html`<pay-multibanco payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL} poll-interval="100" autostart></pay-multibanco>`),
      await mount(html`<pay-diagnostics providers="glomo" url=${new URL(policyPageUrl({ coop: 'same-origin' }), location.href).href}></pay-diagnostics>`),
    ];
    const multibanco = elements.at(-2)!;
    await waitUntil(() => multibanco.shadowRoot!.querySelector('.spinner'), 'Multibanco watching');
    const nested = elements.flatMap((element) => [...element.shadowRoot!.querySelectorAll('*')].filter((node) => node.shadowRoot));
    for (const element of [...elements, ...nested]) {
      for (const node of element.shadowRoot!.querySelectorAll('*')) {
        const s = style(node);
        const what = `<${element.localName}> ${node.localName}.${node.getAttribute('class') ?? ''}`;
        expect(s.animationName, `${what} animation`).to.equal('none');
        expect(s.transitionDuration.split(',').every((d) => parseFloat(d) === 0), `${what} transition ${s.transitionDuration}`).to.equal(true);
      }
    }
  });
});

/** Switches Chromium's forced-colours mode (Windows high contrast) on or off for this page. */
const forcedColors = (active: boolean) => executeServerCommand('pay-forced-colors', { active });

/** What a system colour resolves to here. */
function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const color = style(probe).color;
  probe.remove();
  return color;
}

/** The focus indicator a forced-colours user sees: an outline (box-shadows are dropped in that mode). */
function expectOutlineOnFocus(control: HTMLElement, what: string): void {
  control.focus();
  expect(control.matches(':focus'), `${what} takes focus`).to.equal(true);
  const s = style(control);
  expect(s.outlineStyle, `${what} outline`).to.not.equal('none');
  expect(parseFloat(s.outlineWidth), `${what} outline width`).to.be.at.least(1);
  control.blur();
}

/** A control's edge a forced-colours user sees: a border (backgrounds are dropped in that mode). */
function expectBorder(control: HTMLElement, what: string): void {
  const s = style(control);
  expect(s.borderTopStyle, `${what} border`).to.not.equal('none');
  expect(parseFloat(s.borderTopWidth), `${what} border width`).to.be.at.least(1);
}

describe('forced colours', function () {
  this.timeout(20_000);
  let shop: FakeSibsShop;
  before(() => forcedColors(true));
  after(() => forcedColors(false));
  beforeEach(() => {
    shop = new FakeSibsShop().install();
    shop.paymentAnswers = [{ body: referenceGenerated('tx-forced') }];
  });
  afterEach(() => shop.uninstall());

  it('is on for these tests: the page matches (forced-colors: active)', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('every control of every element keeps an outline on focus and a border', async () => {
    const url = new URL(policyPageUrl({ coop: 'same-origin', csp: ["default-src 'self'"] }), location.href).href;
    const elements = [
      await mount(html`<pay-card-form></pay-card-form>`),
      await mount(html`<pay-card-payment provider="sibs" payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL}></pay-card-payment>`),
      await mount(html`<pay-voucher-choice total="15000" currency="EUR" voucher-balance="5000" method="CARD_AND_VOUCHER"></pay-voucher-choice>`),
      await mount(html`<test-configured-bank-transfer></test-configured-bank-transfer>`),
      await mount(html`<pay-mbway payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL}></pay-mbway>`),
      await mount(html`<pay-multibanco payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL} poll-interval="100"></pay-multibanco>`),
      await mount(html`<pay-glomo-checkout public-key=${SANDBOX_PUBLIC_KEY} order-id="order_forced"></pay-glomo-checkout>`),
      await mount(html`<pay-payglobe-checkout publishable-key=${SANDBOX_PUBLIC_KEY} amount="1000" email="shopper@example.com" script-url="/__no-script.js"></pay-payglobe-checkout>`),
      await mount(html`<pay-payglocal-checkout payment-url="/__nowhere"></pay-payglocal-checkout>`),
      await mount(html`<pay-diagnostics providers="glomo" url=${url}></pay-diagnostics>`),
    ];
    const diagnostics = elements.at(-1)!;
    await waitUntil(() => diagnostics.shadowRoot!.querySelector('summary'), 'a diagnosis with a fix');
    for (const details of diagnostics.shadowRoot!.querySelectorAll('details')) details.open = true;
    let checked = 0;
    const visit = (root: ShadowRoot, host: string): void => {
      for (const control of root.querySelectorAll<HTMLElement>('button, input, summary, a[href]')) {
        if (!control.checkVisibility() || control.matches(':disabled')) continue;
        const what = `<${host}> ${control.localName}#${control.id}[${control.getAttribute('part') ?? ''}]`;
        expectOutlineOnFocus(control, what);
        // Text inputs and buttons need an edge; a radio is drawn by the system, a link-styled button is underlined text.
        const textLike = control.localName === 'button' && !control.matches('[part~=cors-link]');
        if (textLike || (control instanceof HTMLInputElement && control.type !== 'radio')) expectBorder(control, what);
        checked++;
      }
      for (const nested of root.querySelectorAll('*')) if (nested.shadowRoot) visit(nested.shadowRoot, nested.localName);
    };
    for (const element of elements) {
      visit(element.shadowRoot!, element.localName);
    }
    expect(checked).to.be.greaterThan(25);
  });

  it('the card form: an error border unlike a valid one, disabled in GrayText, the brand mark boxed', async () => {
    const form = await mount(html`<pay-card-form></pay-card-form>`);
    const disabled = await mount(html`<pay-card-form disabled></pay-card-form>`);
    const number = find<HTMLInputElement>(form, '#number');
    const expiry = find<HTMLInputElement>(form, '#expiry');
    number.focus();
    await sendKeys({ type: '4111 1111 1111 1112' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => number.getAttribute('aria-invalid') === 'true', 'the number error');
    expect(style(number).borderTopStyle).to.equal('dashed');
    expect(style(expiry).borderTopStyle).to.equal('solid');
    expect(style(find(disabled, 'form > button')).color).to.equal(systemColor('GrayText'));
    expect(style(find(disabled, '#number')).color).to.equal(systemColor('GrayText'));
    const brand = find(form, '#brand');
    expect(style(brand).borderTopStyle).to.not.equal('none');
    expect(style(find(form, 'form > button')).borderTopColor).to.equal(systemColor('ButtonText'));
  });

  it('the voucher choice: the chosen option outlined in Highlight, thicker than the others', async () => {
    const choice = await mount(html`<pay-voucher-choice total="15000" currency="EUR" voucher-balance="5000" method="CARD_ONLY"></pay-voucher-choice>`);
    const options = [...choice.shadowRoot!.querySelectorAll<HTMLElement>('.option')];
    const chosen = options.find((option) => option.querySelector('input:checked'))!;
    const other = options.find((option) => option !== chosen)!;
    expect(style(chosen).borderTopColor).to.equal(systemColor('Highlight'));
    expect(parseFloat(style(chosen).borderTopWidth)).to.be.greaterThan(parseFloat(style(other).borderTopWidth));
  });

  it('spinners keep their open side (forced-color-adjust: none)', async () => {
    const form = await mount(html`<pay-card-form pending></pay-card-form>`);
    expect(style(find(form, '.spinner')).getPropertyValue('forced-color-adjust')).to.equal('none');
  });
});
