/**
 * Drives a <pay-bank-transfer> like a shopper: real key events (`sendKeys`), real mouse clicks
 * (`sendMouse`), focus moved with Tab. Also the fixtures every bank-transfer test shares.
 */
import { fixture } from '@open-wc/testing';
import { announced, recordAnnouncements } from '../../support/announcer.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { PayBankTransfer } from '../../../src/components/bank-transfer/pay-bank-transfer.js';
import type { BankTransferDetails } from '../../../src/components/bank-transfer/pay-bank-transfer.js';
import type { DetailKey } from '../../../src/components/bank-transfer/bank-details.js';
import type { BankTransferField } from '../../../src/components/bank-transfer/bank-transfer-state.js';

export { record } from '../../support/card-form-harness.js';
export { fixtureAround } from '../../support/form-conformance.js';

export const ORDER_ID = 'order_679a16457aP6K';

/** A valid beneficiary: a German IBAN (printed in groups), a BIC, €150.00 and a reference. */
export const DETAILS: BankTransferDetails = {
  accountName: 'Glomo Payments Ltd',
  bankName: 'Deutsche Bank',
  iban: 'DE89 3704 0044 0532 0130 00',
  accountNumber: '0532013000',
  bic: 'DEUTDEFF',
  amount: { amount: 15000, currency: 'EUR' },
  reference: 'ORD-679A16457',
};

/** The sender's IBAN as a shopper might type it, and as it must be handed out. */
export const SENDER = { typed: 'gb82 west 1234 5698 7654 32', normalised: 'GB82WEST12345698765432' };
export const REFERENCE = 'UTR-2024/000123';

/**
 * `<pay-bank-transfer>` with an order id and details from the start, for the shared form
 * conformance suite (which creates elements from a tag and a name only).
 */
export class ConfiguredBankTransfer extends PayBankTransfer {
  constructor() {
    super();
    this.orderId = ORDER_ID;
    this.details = DETAILS;
  }
}
if (!customElements.get('test-configured-bank-transfer')) customElements.define('test-configured-bank-transfer', ConfiguredBankTransfer);

export async function mount(template: TemplateResult): Promise<BankTransferHarness> {
  return new BankTransferHarness(await fixture<PayBankTransfer>(template));
}

export class BankTransferHarness {
  constructor(readonly element: PayBankTransfer) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  input(field: BankTransferField): HTMLInputElement {
    const input = this.root.querySelector<HTMLInputElement>(`#${field}`);
    if (!input) throw new Error(`no ${field} input`);
    return input;
  }

  hasForm(): boolean {
    return this.root.querySelector('form') !== null;
  }

  /** The visible error text of a field ("" when none). */
  errorText(field: BankTransferField): string {
    return this.root.querySelector(`#${field}-error`)?.textContent?.trim() ?? '';
  }

  /** A field's accessible description: the text of what its `aria-describedby` names, in order. */
  description(field: BankTransferField): string {
    const ids = (this.input(field).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => this.root.getElementById(id)?.textContent?.trim() ?? '').filter(Boolean).join(' ');
  }

  get button(): HTMLButtonElement {
    const button = this.root.querySelector<HTMLButtonElement>('button[part=button]');
    if (!button) throw new Error('no submit button');
    return button;
  }

  /** The detail row of `key` (its label, value and copy button). */
  detail(key: DetailKey): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`.detail--${key}`);
  }

  detailValue(key: DetailKey): HTMLElement {
    const value = this.detail(key)?.querySelector<HTMLElement>('.value');
    if (!value) throw new Error(`no ${key} detail`);
    return value;
  }

  copyButton(key: DetailKey): HTMLButtonElement {
    const button = this.detail(key)?.querySelector<HTMLButtonElement>('button');
    if (!button) throw new Error(`no copy button for ${key}`);
    return button;
  }

  get submittedNotice(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[part="submitted"]');
  }

  get unavailableNotice(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[part="unavailable"]');
  }

  get announcer(): HTMLElement {
    const announcer = this.root.querySelector<HTMLElement>('#announcer');
    if (!announcer) throw new Error('no announcer');
    return announcer;
  }

  async settle(): Promise<void> {
    await this.element.updateComplete;
  }


  /** Records each text the announcer takes on from now on (what a screen reader hears). */
  recordAnnouncements(): string[] {
    return recordAnnouncements(this.element);
  }

  /** Waits until the announcer has said what it is going to (it is `aria-busy` until then). */
  async quiet(): Promise<void> {
    await announced(this.element);
  }

  /** A real mouse click in the middle of `target`. */
  async click(target: HTMLElement): Promise<void> {
    target.scrollIntoView({ block: 'center' });
    const rect = target.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] });
    await this.settle();
  }

  /** Types text with real key events at the end of a field. */
  async type(field: BankTransferField, text: string): Promise<void> {
    const input = this.input(field);
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    await sendKeys({ type: text });
    await this.settle();
  }

  /** Presses one key ('Tab', 'Enter', 'Shift+Tab', 'Space'…) with a real key event. */
  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.settle();
  }

  /** Leaves a field the way a shopper does: Tab to the next control. */
  async leave(field: BankTransferField): Promise<void> {
    if (this.root.activeElement !== this.input(field)) this.input(field).focus();
    await this.press('Tab');
  }

  /** Types into the fields given. */
  async fill({ account, reference }: { account?: string; reference?: string }): Promise<void> {
    if (account !== undefined) await this.type('senderAccountNumber', account);
    if (reference !== undefined) await this.type('transactionReference', reference);
  }

  /** Submits the way a keyboard user does: focus on the button, then Enter. */
  async pay(): Promise<void> {
    this.button.focus();
    await this.press('Enter');
  }
}
