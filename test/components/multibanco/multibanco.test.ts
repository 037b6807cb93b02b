import { expect, fixture, html } from '@open-wc/testing';
import type { PaymentResult } from '../../../src/core/types.js';
import { groupReference } from '../../../src/components/multibanco/reference-format.js';
import { sibsAmountToMoney } from '../../../src/providers/sibs/sibs-reference.js';
import { FAKE_PAYMENT_URL, FAKE_STATUS_URL, FakeSibsShop, referenceGenerated } from '../sibs-support/fake-sibs-shop.js';
import { deepActive, mountMultibanco, sleep } from './multibanco-harness.js';

describe('Multibanco formatting', () => {
  it('groups a reference 3 3 3', () => {
    expect(groupReference('123456789')).to.equal('123 456 789');
    expect(groupReference('12345')).to.equal('12345');
  });

  it('turns SIBS decimals into minor units exactly', () => {
    expect(sibsAmountToMoney({ value: 12.5, currency: 'EUR' })).to.deep.equal({ amount: 1250, currency: 'EUR' });
    expect(sibsAmountToMoney({ value: 0.29, currency: 'EUR' })).to.deep.equal({ amount: 29, currency: 'EUR' });
    expect(sibsAmountToMoney({ value: 1.005, currency: 'EUR' })).to.equal(null);
  });
});

describe('<pay-multibanco>', function () {
  this.timeout(15_000);
  let shop: FakeSibsShop;
  beforeEach(() => {
    shop = new FakeSibsShop().install();
    shop.paymentAnswers = [{ body: referenceGenerated('tx-mb') }];
  });
  afterEach(() => shop.uninstall());

  it('starts from its button: shows entity, reference 3 3 3, amount and expiry, and emits pay-pending with the reference', async () => {
    const mb = await mountMultibanco();
    expect(mb.part('intro')!.textContent).to.contain('Multibanco');
    const said = mb.recordAnnouncements();
    await mb.click(mb.startButton!);
    const pending = await mb.next('pay-pending');
    expect(shop.payments()[0]!.body).to.deep.equal({ method: 'multibanco' });
    expect(pending).to.deep.include({ provider: 'sibs', status: 'pending', paymentId: 'tx-mb' });
    expect((pending.raw as { paymentReference: { reference: string } }).paymentReference.reference).to.equal('123456789');
    expect(mb.value('entity')).to.equal('24000');
    expect(mb.value('reference')).to.equal('123 456 789');
    expect(mb.value('amount')).to.equal('€12.50');
    expect(mb.value('expiry')).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date('2026-12-31T23:59:00.000Z')));
    expect(mb.root.querySelector('.detail--reference .value')!.getAttribute('dir')).to.equal('ltr');
    expect(deepActive(), 'focus on the details').to.equal(mb.part('details'));
    expect(mb.part('progress')!.textContent).to.contain('a few days');
    await mb.said();
    expect(said[0]).to.match(/^Your Multibanco reference is ready: entity 24000, reference 123 456 789, €12.50, to pay before /);
  });

  it('shows the amount and expiry in the page’s language', async () => {
    const mb = await mountMultibanco({ lang: 'pt-PT' });
    await mb.click(mb.startButton!);
    await mb.next('pay-pending');
    expect(mb.value('amount')).to.equal(new Intl.NumberFormat('pt-PT', { style: 'currency', currency: 'EUR' }).format(12.5));
  });

  it('each copy button copies the bare value and says "Copied"', async () => {
    const copied: string[] = [];
    const original = navigator.clipboard.writeText;
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: (text: string) => { copied.push(text); return Promise.resolve(); } });
    try {
      const mb = await mountMultibanco();
      await mb.click(mb.startButton!);
      await mb.next('pay-pending');
      await mb.click(mb.copyButton('reference'));
      expect(await mb.said()).to.equal('Reference copied.');
      expect(mb.copyButton('reference').textContent!.trim()).to.equal('Copied');
      expect(mb.copyButton('reference').getAttribute('aria-label')).to.equal('Copied Reference');
      mb.copyButton('entity').focus();
      await mb.press('Enter');
      await mb.click(mb.copyButton('amount'));
      await mb.until(() => copied.length === 3, 'three copies');
      expect(copied).to.deep.equal(['123456789', '24000', '12.50']);
    } finally {
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: original });
    }
  });

  it('autostart issues the reference without a click', async () => {
    const mb = await mountMultibanco({ autostart: true });
    await mb.next('pay-pending');
    expect(mb.value('reference')).to.equal('123 456 789');
  });

  it('autostart leaves the shopper’s focus where it is (the reference is said, not focused)', async () => {
    const elsewhere = await fixture<HTMLInputElement>(html`<input aria-label="Street">`);
    elsewhere.focus();
    const mb = await mountMultibanco({ autostart: true });
    await mb.next('pay-pending');
    await mb.settle();
    expect(document.activeElement).to.equal(elsewhere);
  });

  it('removed before its first update, an autostart issues nothing', async () => {
    const element = document.createElement('pay-multibanco');
    for (const [name, value] of Object.entries({ 'payment-url': FAKE_PAYMENT_URL, 'status-url': FAKE_STATUS_URL, autostart: '', lang: 'en' })) element.setAttribute(name, value);
    const events: string[] = [];
    for (const type of ['pay-pending', 'pay-error', 'pay-failure', 'pay-cancel']) element.addEventListener(type, () => events.push(type));
    document.body.append(element);
    element.remove();
    await sleep(500);
    expect(shop.payments(), 'requests to the shop').to.have.length(0);
    expect(events).to.deep.equal([]);
  });

  it('paid: pay-success once and the success notice', async () => {
    const mb = await mountMultibanco();
    await mb.click(mb.startButton!);
    await mb.next('pay-pending');
    shop.statuses.set('tx-mb', 'Success');
    const result = await mb.result();
    expect(result.name).to.equal('pay-success');
    expect(result.detail).to.deep.include({ provider: 'sibs', status: 'succeeded', paymentId: 'tx-mb' });
    expect(mb.part('success')!.textContent).to.equal('Payment received. Thank you!');
    expect(deepActive()).to.equal(mb.part('success'));
    expect(mb.names()).to.deep.equal(['pay-pending', 'pay-success']);
  });

  it('stops watching after a while, says the payment can take days, and "Check again" watches again', async () => {
    const mb = await mountMultibanco({ watch: 1 });
    await mb.click(mb.startButton!);
    await mb.next('pay-pending');
    expect(mb.part('watching')).to.exist;
    await mb.until(() => mb.checkButton !== null, 'the watch to stop', 4000);
    expect(mb.part('stopped')!.textContent).to.contain('up to a few days');
    expect(mb.part('spinner'), 'nothing spins once stopped').to.equal(null);
    const reads = shop.statusReads().length;
    await sleep(400);
    expect(shop.statusReads().length, 'no polling once stopped').to.equal(reads);
    expect(mb.results()).to.have.length(0);

    mb.checkButton!.focus();
    await mb.press('Enter');
    expect(mb.part('watching')).to.exist;
    expect(deepActive()).to.equal(mb.part('progress'));
    shop.statuses.set('tx-mb', 'Success');
    expect((await mb.result()).name).to.equal('pay-success');
  });

  it('expired unpaid: pay-failure payment_expired, and a new reference can be asked for', async () => {
    const mb = await mountMultibanco();
    await mb.click(mb.startButton!);
    await mb.next('pay-pending');
    shop.statuses.set('tx-mb', 'Expired');
    const result = await mb.result();
    expect(result.name).to.equal('pay-failure');
    expect((result.detail as PaymentResult).error!.code).to.equal('payment_expired');
    expect(mb.part('message')!.textContent).to.equal('This reference expired before it was paid. You can get a new one.');
    expect(mb.startButton!.textContent!.trim()).to.equal('Get a new reference');
    expect(deepActive()).to.equal(mb.startButton);
  });

  it('the shop’s endpoint fails: pay-error, the message, and the button to try again', async () => {
    shop.paymentAnswers = [{ status: 500, body: { error: { code: 'boom', message: 'down' } } }];
    const mb = await mountMultibanco();
    await mb.click(mb.startButton!);
    const result = await mb.result();
    expect(result.detail).to.deep.include({ code: 'network', provider: 'sibs' });
    expect(mb.part('message')!.textContent).to.equal('We couldn’t get a Multibanco reference. Please try again.');
  });

  it('a reference that is not nine digits: pay-error invalid_response, nothing shown to pay', async () => {
    shop.paymentAnswers = [{ body: referenceGenerated('tx-bad', { reference: '12345' }) }];
    const mb = await mountMultibanco();
    await mb.click(mb.startButton!);
    const result = await mb.result();
    expect(result.detail).to.deep.include({ code: 'invalid_response', provider: 'sibs' });
    expect(mb.part('details')).to.equal(null);
  });

  it('a status endpoint answering nonsense: pay-error, the reference stays to be paid', async () => {
    const mb = await mountMultibanco();
    await mb.click(mb.startButton!);
    await mb.next('pay-pending');
    shop.statuses.set('tx-mb', 'Nonsense');
    const result = await mb.result();
    expect(result.detail).to.deep.include({ code: 'invalid_response' });
    expect(mb.value('reference')).to.equal('123 456 789');
    expect(mb.part('watching')).to.equal(null);
    expect(mb.checkButton).to.equal(null);
  });

  it('removed while watching: pay-cancel aborted', async () => {
    const mb = await mountMultibanco();
    await mb.click(mb.startButton!);
    await mb.next('pay-pending');
    mb.element.remove();
    expect(await mb.result()).to.deep.equal({ name: 'pay-cancel', detail: { provider: 'sibs', reason: 'aborted' } });
  });

  it('no payment-url: pay-error invalid_config naming it, nothing sent', async () => {
    const mb = await mountMultibanco();
    mb.element.removeAttribute('payment-url');
    await mb.element.updateComplete;
    await mb.click(mb.startButton!);
    const result = await mb.result();
    expect(result.name).to.equal('pay-error');
    expect(result.detail).to.deep.include({ code: 'invalid_config', provider: 'sibs' });
    expect((result.detail as { message: string }).message).to.contain('payment-url');
    await sleep(200);
    expect(mb.events.filter((event) => event.name === 'pay-error')).to.have.length(1);
    expect(shop.requests).to.have.length(0);
  });

  it('removed while the reference is being issued: one pay-cancel aborted, nothing shown', async () => {
    const original = window.fetch;
    window.fetch = (input, init) => (String(input instanceof Request ? input.url : input).includes('/__fake-sibs/payment')
      ? new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))
      : original(input, init));
    try {
      const mb = await mountMultibanco();
      await mb.click(mb.startButton!);
      await sleep(100);
      mb.element.remove();
      await sleep(300);
      expect(mb.events.map((event) => [event.name, event.detail])).to.deep.equal([['pay-cancel', { provider: 'sibs', reason: 'aborted' }]]);
    } finally {
      window.fetch = original;
    }
  });
});
