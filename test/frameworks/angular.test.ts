import { expect } from '@open-wc/testing';
// JIT: the browser compiles the template (the AOT compile with strictTemplates is checked by
// test/node/frameworks/angular-types.test.ts).
import '@angular/compiler';
import { ApplicationRef, Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import '../../src/define.js';
import type { PayCardSubmitDetail } from '../../src/core/events.js';
import { CardFormHarness, yearsFromNow } from '../support/card-form-harness.js';

const submits: PayCardSubmitDetail[] = [];

@Component({
  selector: 'app-checkout',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <pay-card-form [amount]="amount()" currency="EUR" (pay-card-submit)="onSubmit($event)"></pay-card-form>
    <pay-bank-transfer order-id="ORDER-1" [details]="details"></pay-bank-transfer>
  `,
})
class CheckoutComponent {
  readonly amount = signal(5000);
  readonly details = { accountName: 'Demo Shop', iban: 'DE89370400440532013000', amount: { amount: 5000, currency: 'EUR' }, reference: 'ORDER-1' };
  onSubmit(event: CustomEvent<PayCardSubmitDetail>): void {
    submits.push(event.detail);
  }
}

/** Angular with pay-elements as a merchant writes it: a standalone component, CUSTOM_ELEMENTS_SCHEMA, bindings. */
describe('Angular (standalone component, zoneless)', function () {
  this.timeout(20_000);
  let app: ApplicationRef;

  before(async () => {
    document.body.append(document.createElement('app-checkout'));
    app = await bootstrapApplication(CheckoutComponent, { providers: [provideZonelessChangeDetection()] });
  });
  after(() => {
    app.destroy();
    document.querySelector('app-checkout')?.remove();
  });

  it('binds [amount] as a property and hands the card to (pay-card-submit) on Enter', async () => {
    const element = document.querySelector('pay-card-form')!;
    await element.updateComplete;
    const form = new CardFormHarness(element);
    expect(form.button.textContent!.trim()).to.equal('Pay €50.00');
    app.components[0]!.instance.amount.set(1250);
    await app.whenStable();
    await element.updateComplete;
    expect(form.button.textContent!.trim(), 'a signal update re-labels the button').to.equal('Pay €12.50');

    const year = yearsFromNow(1);
    await form.fill({ number: '4242424242424242', expiry: `12${year.yy}`, cvv: '123', holderName: 'Ada Lovelace' });
    await form.press('Enter');
    expect(submits.map((detail) => detail.last4)).to.deep.equal(['4242']);
  });

  it('passes an object through [details]: the bank transfer shows the beneficiary', async () => {
    const element = document.querySelector('pay-bank-transfer')!;
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.contain('Demo Shop');
  });
});
