import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PayMbway } from '../../src/components/mbway/pay-mbway.js';
import type { PayMultibanco } from '../../src/components/multibanco/pay-multibanco.js';
import { sandboxOrigin } from '../support/sandbox.js';
import { sibsControl } from './support/sibs-sandbox.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Opens a demo page in a frame, pointed at this run's sandbox; resolves with its document. */
async function openDemo(path: string): Promise<{ doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${path}?sandbox=${encodeURIComponent(await sandboxOrigin())}`;
  document.body.append(frame);
  await loaded;
  return { doc: frame.contentDocument!, frame };
}

const logged = (doc: Document) => Array.from(doc.querySelector('#log')!.children, (item) => /\b(pay-[a-z]+)\b/.exec(item.textContent!)?.[1]).reverse();

async function untilLogged(doc: Document, name: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!logged(doc).includes(name)) {
    if (Date.now() > deadline) throw new Error(`no ${name} in the log (saw ${logged(doc).join(', ')})`);
    await sleep(50);
  }
}

/** The SIBS demo pages complete a payment through the demo shop and the sandbox, and log every event. */
describe('SIBS demo pages', function () {
  // Two demo pages built and loaded in frames: slow on a busy machine.
  this.timeout(60_000);

  it('demo/sibs-mbway.html: a request approved on the sandbox’s phone, the phone link shown, every event logged', async () => {
    const { doc, frame } = await openDemo('/demo/sibs-mbway.html');
    try {
      let mbway: PayMbway | null = null;
      for (let i = 0; i < 100 && !mbway?.shadowRoot?.querySelector('#phone'); i += 1) {
        mbway = doc.querySelector<PayMbway>('pay-mbway');
        await sleep(50);
      }
      const input = mbway!.shadowRoot!.querySelector<HTMLInputElement>('#phone')!;
      input.focus();
      await sendKeys({ type: '912 345 678' });
      expect(input.value).to.equal('912 345 678');
      await sendKeys({ press: 'Enter' });
      await untilLogged(doc, 'pay-pending');
      const link = doc.querySelector<HTMLAnchorElement>('#phone-url')!;
      expect(doc.querySelector<HTMLElement>('#phone-link')!.hidden).to.equal(false);
      const transactionID = new URL(link.href).searchParams.get('transactionId')!;
      expect(link.href).to.contain(`${await sandboxOrigin()}/sibs/mbway?transactionId=`);
      await sibsControl(transactionID, 'approve');
      await untilLogged(doc, 'pay-success');
      expect(logged(doc)).to.deep.equal(['pay-pending', 'pay-success']);
    } finally {
      frame.remove();
    }
  });

  it('demo/sibs-multibanco.html: a reference issued, paid at the sandbox’s ATM, every event logged', async () => {
    const { doc, frame } = await openDemo('/demo/sibs-multibanco.html');
    try {
      let element: PayMultibanco | null = null;
      for (let i = 0; i < 100 && !element?.shadowRoot?.querySelector('button'); i += 1) {
        element = doc.querySelector<PayMultibanco>('pay-multibanco');
        await sleep(50);
      }
      element!.shadowRoot!.querySelector<HTMLButtonElement>('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await untilLogged(doc, 'pay-pending');
      const transactionID = new URL(doc.querySelector<HTMLAnchorElement>('#atm-url')!.href).searchParams.get('transactionId')!;
      expect(element!.shadowRoot!.querySelector('.detail--reference .value')!.textContent).to.match(/^\d{3} \d{3} \d{3}$/);
      await sibsControl(transactionID, 'pay');
      await untilLogged(doc, 'pay-success');
      expect(logged(doc)).to.deep.equal(['pay-pending', 'pay-success']);
    } finally {
      frame.remove();
    }
  });

  it('demo/sibs-card.html: a card typed and paid through the shop and the sandbox, every event logged', async () => {
    const { doc, frame } = await openDemo('/demo/sibs-card.html');
    try {
      let form: HTMLElement | null = null;
      for (let i = 0; i < 100 && !form?.shadowRoot?.querySelector('#number'); i += 1) {
        form = doc.querySelector('pay-card-payment')?.shadowRoot?.querySelector<HTMLElement>('pay-card-form') ?? null;
        await sleep(50);
      }
      const field = (id: string) => form!.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
      const expiry = `12${String((new Date().getFullYear() + 2) % 100).padStart(2, '0')}`;
      for (const [id, text] of [['number', '4111111111111111'], ['expiry', expiry], ['cvv', '123'], ['holderName', 'Test Shopper']] as const) {
        field(id).focus();
        await sendKeys({ type: text });
      }
      form!.shadowRoot!.querySelector<HTMLButtonElement>('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await untilLogged(doc, 'pay-success', 15_000);
      expect(logged(doc)).to.deep.equal(['pay-success']);
    } finally {
      frame.remove();
    }
  });
});
