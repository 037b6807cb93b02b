import { expect } from '@open-wc/testing';
import type { PayCardPayment } from '../../src/components/card-payment/card-payment.js';
import { CardFormHarness } from '../support/card-form-harness.js';
import { sleep, TEST_CARD } from './support/card-payment-harness.js';

/**
 * The demo's embedding-style pages (demo/embed-*.html): each one, opened as a shopper would,
 * completes a SIBS card payment through the demo shop and the sandbox (the card typed with real
 * keys, the pay button pressed with Enter) and logs the result. The index links every demo.
 */

const EMBEDDINGS = ['script-tag', 'esm', 'react', 'vue', 'angular'] as const;

async function open(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

async function until<T>(read: () => T | null | undefined, what: string, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** The log's lines, oldest first: `[event name, detail]`. */
function logLines(doc: Document): Array<[string, unknown]> {
  return Array.from(doc.querySelectorAll('#log li'), (item): [string, unknown] => {
    // `<local time> <name> <detail JSON>`: the time's own format depends on the locale.
    const [, name = '', json = 'null'] = /^.*?\s(pay-[a-z-]+|loaded) (.*)$/s.exec(item.textContent!) ?? [];
    return [name, JSON.parse(json)];
  }).reverse();
}

describe('demo: embedding-style pages', function () {
  this.timeout(60_000);

  for (const style of EMBEDDINGS) {
    it(`embed-${style}.html completes a card payment through the sandbox and logs pay-success`, async () => {
      const frame = await open(`/demo/embed-${style}.html`);
      try {
        const doc = frame.contentDocument!;
        // Frameworks render after load, and the script-tag page loads the element's file on demand.
        await until(() => {
          const element = doc.querySelector<PayCardPayment>('pay-card-payment');
          return element?.shadowRoot?.querySelector('pay-card-form')?.shadowRoot?.querySelector('button');
        }, `a rendered <pay-card-payment> on embed-${style}.html`);
        // React StrictMode mounts twice: let it settle, then drive the element that stays.
        await sleep(100);
        const live = doc.querySelectorAll<PayCardPayment>('pay-card-payment');
        expect(live.length, 'one payment element on the page').to.equal(1);
        const form = new CardFormHarness(live[0]!.shadowRoot!.querySelector('pay-card-form')!);
        await form.fill(TEST_CARD);
        await form.pay();
        await until(() => logLines(doc).some(([name]) => name === 'pay-success' || name === 'pay-failure' || name === 'pay-error'),
          'a result in the log');
        const events = logLines(doc).filter(([name]) => name.startsWith('pay-'));
        expect(events.map(([name]) => name)).to.deep.equal(['pay-success']);
        expect(events[0]![1]).to.deep.include({ provider: 'sibs', status: 'succeeded' });
        expect(doc.querySelector('#log')!.textContent, 'the card number is never logged').not.to.contain(TEST_CARD.number);
        if (style === 'script-tag') {
          expect(typeof (frame.contentWindow as Window & { PayElements?: unknown }).PayElements).to.equal('object');
          expect(logLines(doc).map(([name]) => name)).to.include('loaded');
          // The element came from the per-element script-tag file, not from a module.
          const scripts = Array.from(doc.querySelectorAll('script[src]'), (script) => new URL((script as HTMLScriptElement).src).pathname);
          expect(scripts).to.include('/__pages/cdn/pay-card-payment.iife.js');
          // …and the page's own code is the inline classic script: no module of the demo's.
          expect(scripts.filter((path) => path.startsWith('/demo/') || path.startsWith('/src/'))).to.deep.equal([]);
        }
      } finally {
        frame.remove();
      }
    });
  }

  it('the index links every provider flow and every embedding style, and each page exists', async () => {
    const frame = await open('/demo/index.html');
    try {
      const links = (heading: string) => Array.from(
        frame.contentDocument!.querySelectorAll(`nav[aria-labelledby="${heading}"] a`),
        (link) => (link as HTMLAnchorElement).getAttribute('href'));
      expect(links('embed-heading')).to.deep.equal(EMBEDDINGS.map((style) => `./embed-${style}.html`));
      expect(links('flows-heading')).to.deep.equal([
        './glomo-checkout.html', './card-payment.html', './sibs-card.html', './sibs-mbway.html', './sibs-multibanco.html',
        './payglobe-checkout.html', './payglobe-voucher.html', './payglocal-checkout.html',
      ]);
      for (const href of [...links('flows-heading'), ...links('embed-heading')]) {
        const response = await fetch(new URL(href!, frame.contentWindow!.location.href));
        expect(response.status, href!).to.equal(200);
      }
      // The form sections below the index still work.
      const card = await until(() => frame.contentDocument!.querySelector('#card')?.shadowRoot?.querySelector('button'), 'the card form');
      expect(card.textContent!.trim()).to.equal('Pay €50.00');
    } finally {
      frame.remove();
    }
  });
});
