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

  it('describes errors: each error is its input’s description, not a live region', async () => {
    const form = await mount();
    await form.type('cvv', '1');
    await form.leave('cvv');
    const error = form.describedError('cvv')!;
    expect(error.textContent!.trim()).to.equal('The security code must be 3 digits.');
    expect(form.input('cvv').getAttribute('aria-describedby')).to.equal('cvv-hint cvv-error');
    expect(form.input('cvv').getAttribute('aria-invalid')).to.equal('true');
    expect(form.liveRegionsAround(error)).to.deep.equal([]);
  });
});

/** What a screen reader user hears: the announcer's messages, and the focused field as read. */
describe('<pay-card-form> screen reader announcements', () => {
  const INVALID_FIELDS = ['number', 'expiry', 'cvv'] as const;

  it('has one announcer: a polite, atomic, visually hidden status region, empty at first', async () => {
    const form = await mount();
    const { announcer } = form;
    expect(announcer.getAttribute('role')).to.equal('status');
    expect(announcer.getAttribute('aria-live')).to.equal('polite');
    expect(announcer.getAttribute('aria-atomic')).to.equal('true');
    expect(announcer.classList.contains('visually-hidden')).to.equal(true);
    expect(announcer.hasAttribute('part')).to.equal(false);
    expect(announcer.textContent!.trim()).to.equal('');
  });

  it('says a field’s error once when the field is left with it', async () => {
    const form = await mount();
    const said = form.recordAnnouncements();
    await form.type('number', '4242 4242');
    await form.quiet();
    expect(said, 'nothing while a plausible number is typed').to.deep.equal([]);
    await form.leave('number');
    await form.quiet();
    expect(said).to.deep.equal(['Your card number is incomplete.']);
    expect(form.announcer.textContent!.trim()).to.equal('Your card number is incomplete.');
    // Leaving the next field without editing it says nothing more.
    await form.leave('expiry');
    await form.quiet();
    expect(said).to.have.length(1);
  });

  it('says a field’s error again when it is left again with a different error, and nothing for a valid field', async () => {
    const form = await mount();
    const said = form.recordAnnouncements();
    await form.type('number', '4242');
    await form.leave('number');
    await form.quiet();
    await form.type('number', '424242424241');
    await form.leave('number');
    await form.quiet();
    expect(said).to.deep.equal(['Your card number is incomplete.', 'Your card number is invalid. Check the digits.']);
    await form.type('cvv', '123');
    await form.leave('cvv');
    await form.quiet();
    expect(said).to.have.length(2);
  });

  it('on submit with 3 invalid fields says the summary once and focuses the first, described by its error', async () => {
    const form = await mount();
    await form.type('holderName', 'Ada Lovelace');
    const said = form.recordAnnouncements();
    await form.focus('holderName');
    await form.press('Tab'); // to the pay button
    expect(form.root.activeElement).to.equal(form.button);
    await form.press('Enter');
    await form.quiet();
    expect(said).to.deep.equal(['Please correct 3 fields.']);
    expect(form.root.activeElement).to.equal(form.input('number'));
    expect(form.input('number').getAttribute('aria-invalid')).to.equal('true');
    expect(form.describedError('number')!.textContent!.trim()).to.equal('Enter your card number.');
    expect(form.input('number').labels![0]!.textContent!.trim()).to.equal('Card number');
    expect(form.description('number')).to.equal('Enter your card number.');
    // Errors are read with their fields, never as live regions of their own; the valid name has none.
    expect(form.root.querySelector('#holderName-error')).to.equal(null);
    for (const field of INVALID_FIELDS) {
      const error = form.root.querySelector(`#${field}-error`)!;
      expect(error.hasAttribute('role'), field).to.equal(false);
      expect(error.hasAttribute('aria-live'), field).to.equal(false);
      expect(form.liveRegionsAround(error), field).to.deep.equal([]);
    }
  });

  it('says the same summary again on a second submit', async () => {
    const form = await mount();
    await form.type('holderName', 'Ada Lovelace');
    const said = form.recordAnnouncements();
    await form.pay();
    await form.quiet();
    await form.pay();
    await form.quiet();
    expect(said).to.deep.equal(['Please correct 3 fields.', 'Please correct 3 fields.']);
  });

  it('says the singular summary for one invalid field', async () => {
    const form = await mount();
    await form.fill({ ...VALID, holderName: undefined });
    const said = form.recordAnnouncements();
    await form.pay();
    await form.quiet();
    expect(said).to.deep.equal(['Please correct 1 field.']);
    expect(form.root.activeElement).to.equal(form.input('holderName'));
    expect(form.description('holderName')).to.equal('Enter the name on the card.');
  });

  it('adds the error when Enter is pressed in the first invalid field, which focus doesn’t leave', async () => {
    const form = await mount();
    await form.type('number', '4242');
    const said = form.recordAnnouncements();
    await form.press('Enter');
    await form.quiet();
    expect(form.root.activeElement).to.equal(form.input('number'));
    expect(said).to.deep.equal(['Please correct 4 fields. Your card number is incomplete.']);
  });

  it('says an error shown while typing once, when it appears, not on every keystroke', async () => {
    const form = await mount(html`<pay-card-form brands="visa"></pay-card-form>`);
    const said = form.recordAnnouncements();
    await form.type('number', '3782');
    await form.type('number', '822463');
    await form.leave('number');
    await form.quiet();
    expect(said, 'brand not accepted').to.deep.equal(['American Express cards are not accepted here.']);

    said.length = 0;
    await form.type('expiry', '13');
    await form.type('expiry', '2');
    await form.quiet();
    expect(said, 'invalid month').to.deep.equal(['The expiry month must be between 01 and 12.']);

    said.length = 0;
    await form.type('holderName', 'Ada 1');
    await form.type('holderName', '23');
    await form.leave('holderName');
    await form.quiet();
    expect(said, 'digits in the name').to.deep.equal(['Enter the name as it appears on the card.']);
  });

  it('says a typing error again when it disappears and comes back', async () => {
    const form = await mount();
    const said = form.recordAnnouncements();
    await form.type('expiry', '13');
    await form.quiet();
    await form.press('Backspace');
    await form.quiet();
    expect(form.errorText('expiry')).to.equal('');
    await sendKeysType('4');
    await form.quiet();
    expect(said).to.deep.equal(['The expiry month must be between 01 and 12.', 'The expiry month must be between 01 and 12.']);
  });

  it('empties the announcer once no error shows, and on reset', async () => {
    const form = await mount();
    await form.type('cvv', '1');
    await form.leave('cvv');
    await form.quiet();
    expect(form.announcer.textContent!.trim()).to.equal('The security code must be 3 digits.');
    await form.type('cvv', '23');
    await form.quiet();
    expect(form.announcer.textContent!.trim()).to.equal('');

    form.element.submit();
    await form.quiet();
    expect(form.announcer.textContent!.trim()).to.equal('Please correct 3 fields.');
    form.element.reset();
    await form.quiet();
    expect(form.announcer.textContent!.trim()).to.equal('');
  });

  it('passes axe in the error state, with the summary announced', async () => {
    const form = await mount();
    await form.pay();
    await form.quiet();
    expect(form.announcer.textContent!.trim()).to.equal('Please correct 4 fields.');
    await expect(form.element).to.be.accessible();
  });
});

async function sendKeysType(text: string): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  await sendKeys({ type: text });
}
