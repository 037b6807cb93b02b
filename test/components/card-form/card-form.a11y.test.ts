import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/card-form/pay-card-form.js';
import type { PayCardForm } from '../../../src/components/card-form/card-form.js';
import { CardFormHarness, yearsFromNow } from '../../support/card-form-harness.js';

const VALID = { number: '378282246310005', expiry: `03${yearsFromNow(2).yy}`, cvv: '1234', holderName: 'Grace Hopper' };

async function mount(template = html`<pay-card-form amount="5000" currency="EUR"></pay-card-form>`): Promise<CardFormHarness> {
  return new CardFormHarness(await fixture<PayCardForm>(template));
}

describe('<pay-card-form> accessibility', () => {
  it('passes axe when empty', async () => {
    const form = await mount();
    await expect(form.element).to.be.accessible();
  });

  it('passes axe with errors showing', async () => {
    const form = await mount(html`<pay-card-form brands="visa"></pay-card-form>`);
    await form.type('number', '37');
    form.element.submit();
    await form.settle();
    expect(form.errorText('number')).to.not.equal('');
    await expect(form.element).to.be.accessible();
  });

  it('passes axe when filled', async () => {
    const form = await mount();
    await form.fill(VALID);
    expect(form.element.complete).to.equal(true);
    await expect(form.element).to.be.accessible();
  });

  it('passes axe while pending', async () => {
    const form = await mount(html`<pay-card-form pending></pay-card-form>`);
    await expect(form.element).to.be.accessible();
  });

  it('passes axe when disabled', async () => {
    const form = await mount(html`<pay-card-form disabled></pay-card-form>`);
    await expect(form.element).to.be.accessible();
  });

  it('announces errors: each error is an alert named by its input’s description', async () => {
    const form = await mount();
    await form.type('cvv', '1');
    await form.leave('cvv');
    const error = form.describedError('cvv')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent!.trim()).to.equal('The security code must be 3 digits.');
    expect(form.input('cvv').getAttribute('aria-describedby')).to.equal('cvv-hint cvv-error');
  });
});
