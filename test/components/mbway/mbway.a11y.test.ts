import { expect } from '@open-wc/testing';
import { FakeSibsShop, mbwayPurchase } from '../sibs-support/fake-sibs-shop.js';
import { deepActive, mountMbway } from './mbway-harness.js';

/** axe finds nothing in every state of `<pay-mbway>`, and a keyboard alone gets through. */
describe('<pay-mbway> accessibility', function () {
  this.timeout(15_000);
  let shop: FakeSibsShop;
  beforeEach(() => {
    shop = new FakeSibsShop().install();
    shop.paymentAnswers = [{ body: mbwayPurchase('tx-a11y') }];
  });
  afterEach(() => shop.uninstall());

  it('empty', async () => {
    const mbway = await mountMbway();
    await expect(mbway.element).to.be.accessible();
    expect(mbway.root.querySelector('label[for="phone"]')!.textContent).to.equal('MB WAY phone number');
    expect(mbway.input.getAttribute('dir')).to.equal('ltr');
    expect(mbway.input.type).to.equal('tel');
  });

  it('with a field error', async () => {
    const mbway = await mountMbway();
    await mbway.type('21');
    await mbway.press('Tab');
    expect(mbway.errorText()).to.not.equal('');
    await expect(mbway.element).to.be.accessible();
  });

  it('waiting, with the countdown', async () => {
    const mbway = await mountMbway();
    await mbway.pay();
    await mbway.next('pay-pending');
    await mbway.settle();
    expect(mbway.clock).to.match(/^\d:\d\d$/);
    await expect(mbway.element).to.be.accessible();
  });

  it('succeeded', async () => {
    const mbway = await mountMbway();
    await mbway.pay();
    await mbway.next('pay-pending');
    shop.statuses.set('tx-a11y', 'Success');
    await mbway.result();
    await expect(mbway.element).to.be.accessible();
  });

  it('refused', async () => {
    const mbway = await mountMbway();
    await mbway.pay();
    await mbway.next('pay-pending');
    shop.statuses.set('tx-a11y', 'Declined');
    await mbway.result();
    expect(mbway.submitError()).to.not.equal('');
    await expect(mbway.element).to.be.accessible();
  });

  it('expired', async () => {
    const mbway = await mountMbway({ timeout: 1 });
    await mbway.pay();
    await mbway.result(1, 8000);
    expect(mbway.submitError()).to.contain('expired');
    await expect(mbway.element).to.be.accessible();
  });

  it('keyboard only: Tab to the field, type, Tab to the button, Enter', async () => {
    const mbway = await mountMbway();
    const before = document.createElement('button');
    before.textContent = 'before';
    mbway.element.before(before);
    before.focus();
    await mbway.press('Tab');
    expect(deepActive()).to.equal(mbway.input);
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ type: '912345678' });
    await mbway.press('Tab');
    expect(deepActive()).to.equal(mbway.button);
    await mbway.press('Enter');
    await mbway.next('pay-pending');
    before.remove();
  });
});
