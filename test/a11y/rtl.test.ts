import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import '../components/bank-transfer/bank-transfer-harness.js'; // registers <test-configured-bank-transfer>
import { FAKE_PAYMENT_URL, FAKE_STATUS_URL, FakeSibsShop, referenceGenerated } from '../components/sibs-support/fake-sibs-shop.js';
import { SANDBOX_PUBLIC_KEY } from '../support/sandbox.js';
import { policyPageUrl } from '../support/diagnostics-harness.js';

/**
 * Right to left: under `dir="rtl"` (ar, he) every element mirrors its layout — labels start at the
 * right, brand marks and copy buttons sit at the inline end (the left) — while card numbers,
 * IBANs, references, phone numbers and typed amounts stay left to right; under `dir="ltr"` (en)
 * the same geometry, the other way round. Geometry is measured, not class names; axe runs in rtl.
 */

type Dir = 'rtl' | 'ltr';
const PAGES: { lang: string; dir: Dir }[] = [{ lang: 'ar', dir: 'rtl' }, { lang: 'he', dir: 'rtl' }, { lang: 'en', dir: 'ltr' }];
/** Letters of each right-to-left script: the element shows its translation once they appear. */
const SCRIPT: Record<string, RegExp> = { ar: /[\u0600-\u06FF]/, he: /[\u0590-\u05FF]/ };
/** Sub-pixel rounding and a focus ring's width. */
const TOLERANCE = 4;

/** The element, in a page-wide wrapper with `lang` and `dir`, once its catalog for `lang` shows. */
async function mount<T extends HTMLElement>(template: TemplateResult, lang: string, dir: Dir): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${dir} style="width: 40rem">${template}</div>`);
  const element = wrapper.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await element.updateComplete;
  const script = SCRIPT[lang];
  if (script) await waitUntil(() => script.test(deepText(element)), `${element.localName} to show its ${lang} translation`, { timeout: 5000 });
  await element.updateComplete;
  return element;
}

/** Text of an element's shadow tree, nested shadow trees included. */
function deepText(node: Element): string {
  const root = node.shadowRoot ?? node;
  let text = '';
  for (const child of root.querySelectorAll('*')) {
    if (child.shadowRoot) text += deepText(child);
    for (const n of child.childNodes) if (n.nodeType === Node.TEXT_NODE) text += n.textContent;
  }
  return text;
}

function find<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T {
  const found = ('shadowRoot' in root && root.shadowRoot ? root.shadowRoot : root).querySelector<T & Element>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

const direction = (element: Element): string => getComputedStyle(element).direction;
const box = (element: Element): DOMRect => element.getBoundingClientRect();

/** Where an element's text is drawn (its own box may be wider). */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

/** The text of `element` starts at the inline-start edge of `frame`: the right edge in rtl, the left in ltr. */
function expectAtInlineStart(element: Element, frame: Element, dir: Dir, what: string): void {
  const text = textBox(element);
  const edge = box(frame);
  expect(text.width, `${what} has text`).to.be.greaterThan(0);
  if (dir === 'rtl') expect(Math.abs(edge.right - text.right), `${what} starts at the right`).to.be.at.most(TOLERANCE);
  else expect(Math.abs(text.left - edge.left), `${what} starts at the left`).to.be.at.most(TOLERANCE);
}

/** `after` comes after `before` in the inline direction: to its left in rtl, to its right in ltr. */
function expectInlineAfter(after: Element, before: Element, dir: Dir, what: string): void {
  const a = box(after);
  const b = box(before);
  if (dir === 'rtl') expect(a.right, `${what} (rtl: on the left)`).to.be.at.most(b.left + TOLERANCE);
  else expect(a.left, `${what} (ltr: on the right)`).to.be.at.least(b.right - TOLERANCE);
}

/** Digits read left to right whatever the page, aligned to the page's start. */
function expectLtrValue(element: HTMLElement, dir: Dir, what: string): void {
  expect(direction(element), `${what} reads left to right`).to.equal('ltr');
  if (element instanceof HTMLInputElement) {
    const align = getComputedStyle(element).textAlign;
    expect(align, `${what} aligned to the page's start`).to.be.oneOf(dir === 'rtl' ? ['right', 'end'] : ['left', 'start']);
  }
}

async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
}

for (const { lang, dir } of PAGES) {
  describe(`every element under lang="${lang}" dir="${dir}"`, function () {
    this.timeout(20_000);

    it('<pay-card-form>: labels at the inline start, the brand mark at the inline end, digits left to right', async () => {
      const form = await mount(html`<pay-card-form></pay-card-form>`, lang, dir);
      const number = find<HTMLInputElement>(form, '#number');
      await typeInto(number, '4111 1111 1111 1112');
      await waitUntil(() => find(form, '#number-error').textContent !== '', 'the number error');
      expect(direction(form)).to.equal(dir);
      for (const id of ['number', 'expiry', 'cvv']) {
        const input = find<HTMLInputElement>(form, `#${id}`);
        expectLtrValue(input, dir, id);
        expectAtInlineStart(find(form, `label[for=${id}]`), input, dir, `the ${id} label`);
      }
      expect(direction(find(form, '#holderName'))).to.equal(dir);
      // The brand mark sits at the page's inline end of the number field; the typed digits keep clear of it.
      const brand = box(find(form, '#brand'));
      const field = box(number);
      if (dir === 'rtl') expect(brand.left - field.left).to.be.lessThan(field.right - brand.right);
      else expect(field.right - brand.right).to.be.lessThan(brand.left - field.left);
      expectAtInlineStart(find(form, '#number-error'), number, dir, 'the number error');
      // The expiry, the first of the two half-width fields, is on the inline-start side.
      expectInlineAfter(find(form, '#cvv'), find(form, '#expiry'), dir, 'the CVC after the expiry');
      if (dir === 'rtl') await expect(form).to.be.accessible();
    });

    it('<pay-voucher-choice>: radios before their labels in the reading direction, the typed amount left to right', async () => {
      const choice = await mount(html`<pay-voucher-choice total="15000" currency="EUR" voucher-balance="5000" method="CARD_AND_VOUCHER"></pay-voucher-choice>`, lang, dir);
      expect(direction(choice)).to.equal(dir);
      for (const radio of choice.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
        expectInlineAfter(find(choice, `label[for=${radio.id}]`), radio, dir, `the label of ${radio.value}`);
      }
      const amount = find<HTMLInputElement>(choice, '#amount');
      expectLtrValue(amount, dir, 'the voucher amount');
      expectAtInlineStart(find(choice, 'label[for=amount]'), find(choice, 'label[for=amount]'), dir, 'the amount label');
      expectAtInlineStart(find(choice, 'legend'), find(choice, 'fieldset'), dir, 'the legend');
      if (dir === 'rtl') await expect(choice).to.be.accessible();
    });

    it('<pay-bank-transfer>: labels at the inline start, copy buttons at the inline end, IBAN and typed account left to right', async () => {
      const transfer = await mount(html`<test-configured-bank-transfer></test-configured-bank-transfer>`, lang, dir);
      expect(direction(transfer)).to.equal(dir);
      const iban = find(transfer, '.detail--iban .value');
      expectLtrValue(iban, dir, 'the IBAN');
      expect(iban.textContent).to.contain('DE89 3704');
      const row = find(transfer, '.detail--iban');
      expectAtInlineStart(find(row, 'dt'), row, dir, 'the IBAN label');
      expectInlineAfter(find(row, 'button'), iban, dir, 'the IBAN copy button');
      expectInlineAfter(iban, find(row, 'dt'), dir, 'the IBAN after its label');
      for (const id of ['senderAccountNumber', 'transactionReference']) {
        const input = find<HTMLInputElement>(transfer, `#${id}`);
        expectLtrValue(input, dir, id);
        expectAtInlineStart(find(transfer, `label[for=${id}]`), input, dir, `the ${id} label`);
      }
      if (dir === 'rtl') await expect(transfer).to.be.accessible();
    });

    it('<pay-mbway>: the label at the inline start, the phone number with its +351 left to right', async () => {
      const mbway = await mount(html`<pay-mbway payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL}></pay-mbway>`, lang, dir);
      expect(direction(mbway)).to.equal(dir);
      const phone = find<HTMLInputElement>(mbway, '#phone');
      expect(direction(phone)).to.equal('ltr');
      expectInlineAfter(phone, find(mbway, '[part~=prefix]'), 'ltr', 'the number after +351, left to right');
      expectAtInlineStart(find(mbway, 'label[for=phone]'), find(mbway, '[part~=field]'), dir, 'the phone label');
      expectAtInlineStart(find(mbway, '#phone-hint'), find(mbway, '[part~=field]'), dir, 'the phone hint');
      if (dir === 'rtl') await expect(mbway).to.be.accessible();
    });

    describe('<pay-multibanco>', () => {
      let shop: FakeSibsShop;
      beforeEach(() => {
        shop = new FakeSibsShop().install();
        shop.paymentAnswers = [{ body: referenceGenerated('tx-rtl') }];
      });
      afterEach(() => shop.uninstall());

      it('labels at the inline start, copy buttons at the inline end, entity and reference left to right', async () => {
        const mb = await mount(html`<pay-multibanco payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL} poll-interval="100" autostart></pay-multibanco>`, lang, dir);
        await waitUntil(() => mb.shadowRoot!.querySelector('.detail--reference .value'), 'the reference');
        expect(direction(mb)).to.equal(dir);
        for (const key of ['entity', 'reference']) {
          const row = find(mb, `.detail--${key}`);
          const value = find(row, '.value');
          expectLtrValue(value, dir, key);
          expectAtInlineStart(find(row, 'dt'), row, dir, `the ${key} label`);
          expectInlineAfter(find(row, 'button'), value, dir, `the ${key} copy button`);
        }
        expect(find(mb, '.detail--reference .value').textContent!.replace(/\D/g, '')).to.equal('123456789');
        if (dir === 'rtl') await expect(mb).to.be.accessible();
      });
    });

    it('<pay-card-payment>: its card form mirrors, its number stays left to right', async () => {
      const payment = await mount(html`<pay-card-payment provider="sibs" payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL}></pay-card-payment>`, lang, dir);
      const form = find(payment, 'pay-card-form');
      expect(direction(form)).to.equal(dir);
      const number = find<HTMLInputElement>(form, '#number');
      expectLtrValue(number, dir, 'the card number');
      expectAtInlineStart(find(form, 'label[for=number]'), number, dir, 'the number label');
      expectInlineAfter(find(form, '#cvv'), find(form, '#expiry'), dir, 'the CVC after the expiry');
      if (dir === 'rtl') await expect(payment).to.be.accessible();
    });

    for (const [tag, template] of [
      ['pay-glomo-checkout', html`<pay-glomo-checkout public-key=${SANDBOX_PUBLIC_KEY} order-id="order_rtl"></pay-glomo-checkout>`],
      ['pay-payglobe-checkout', html`<pay-payglobe-checkout publishable-key=${SANDBOX_PUBLIC_KEY} amount="1000" email="shopper@example.com" script-url="/__no-script.js"></pay-payglobe-checkout>`],
      ['pay-payglocal-checkout', html`<pay-payglocal-checkout payment-url="/__nowhere"></pay-payglocal-checkout>`],
    ] as const) {
      it(`<${tag}>: the Pay button at the inline start`, async () => {
        const checkout = await mount(template, lang, dir);
        expect(direction(checkout)).to.equal(dir);
        const button = find(checkout, 'button[part~=button]');
        const page = box(checkout.parentElement!);
        const at = box(button);
        if (dir === 'rtl') expect(Math.abs(page.right - at.right)).to.be.at.most(TOLERANCE);
        else expect(Math.abs(at.left - page.left)).to.be.at.most(TOLERANCE);
        if (dir === 'rtl') await expect(checkout).to.be.accessible();
      });
    }

    it('<pay-diagnostics>: statuses at the inline start, headers and policies left to right', async () => {
      const url = new URL(policyPageUrl({ coop: 'same-origin' }), location.href).href;
      const diagnostics = await mount(html`<pay-diagnostics providers="glomo" url=${url}></pay-diagnostics>`, lang, dir);
      await waitUntil(() => diagnostics.shadowRoot!.querySelector('li[data-check] [part~=status]'), 'the report');
      expect(direction(diagnostics)).to.equal(dir);
      const check = find(diagnostics, 'li[data-check]');
      expectAtInlineStart(find(check, '[part~=status]'), check, dir, 'the first status');
      for (const pre of diagnostics.shadowRoot!.querySelectorAll('pre')) expect(direction(pre)).to.equal('ltr');
      if (dir === 'rtl') await expect(diagnostics).to.be.accessible();
    });
  });
}
