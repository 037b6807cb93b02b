import { expect } from '@open-wc/testing';
import { FakeSibsShop, referenceGenerated } from '../sibs-support/fake-sibs-shop.js';
import { deepActive, mountMultibanco } from './multibanco-harness.js';

/** axe finds nothing in every state of `<pay-multibanco>`, and a keyboard alone gets through. */
describe('<pay-multibanco> accessibility', function () {
  this.timeout(15_000);
  let shop: FakeSibsShop;
  beforeEach(() => {
    shop = new FakeSibsShop().install();
    shop.paymentAnswers = [{ body: referenceGenerated('tx-a11y') }];
  });
  afterEach(() => shop.uninstall());

  it('before start', async () => {
    const mb = await mountMultibanco();
    await expect(mb.element).to.be.accessible();
  });

  it('reference shown, watching', async () => {
    const mb = await mountMultibanco();
    mb.startButton!.focus();
    await mb.press('Enter');
    await mb.next('pay-pending');
    expect(mb.part('watching')).to.exist;
    await expect(mb.element).to.be.accessible();
  });

  it('watch stopped, with "Check again"', async () => {
    const mb = await mountMultibanco({ watch: 1 });
    await mb.click(mb.startButton!);
    await mb.until(() => mb.checkButton !== null, 'the watch to stop', 4000);
    await expect(mb.element).to.be.accessible();
  });

  it('paid', async () => {
    const mb = await mountMultibanco();
    await mb.click(mb.startButton!);
    await mb.next('pay-pending');
    shop.statuses.set('tx-a11y', 'Success');
    await mb.result();
    await expect(mb.element).to.be.accessible();
  });

  it('expired, and an error', async () => {
    const mb = await mountMultibanco();
    await mb.click(mb.startButton!);
    await mb.next('pay-pending');
    shop.statuses.set('tx-a11y', 'Expired');
    await mb.result();
    expect(mb.part('message')).to.exist;
    await expect(mb.element).to.be.accessible();
  });

  it('keyboard only: Enter starts, Tab reaches every copy button in order', async () => {
    const mb = await mountMultibanco();
    mb.startButton!.focus();
    await mb.press('Enter');
    await mb.next('pay-pending');
    expect(deepActive()).to.equal(mb.part('details'));
    await mb.press('Tab');
    expect(deepActive()).to.equal(mb.copyButton('entity'));
    await mb.press('Tab');
    expect(deepActive()).to.equal(mb.copyButton('reference'));
    await mb.press('Tab');
    expect(deepActive()).to.equal(mb.copyButton('amount'));
  });
});
