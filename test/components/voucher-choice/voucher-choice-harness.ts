/**
 * Drives a <pay-voucher-choice> like a shopper: real clicks and key events through the test
 * runner (`sendKeys`, `sendMouse`), real focus moves with Tab and the arrow keys.
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { announced, recordAnnouncements } from '../../support/announcer.js';
import type { VoucherPaymentMethod } from '../../../src/core/events.js';
import type { PayVoucherChoice } from '../../../src/components/voucher-choice/voucher-choice.js';

export { fixtureAround } from '../../support/form-conformance.js';
export { record } from '../../support/card-form-harness.js';

export class VoucherChoiceHarness {
  constructor(readonly element: PayVoucherChoice) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  radio(method: VoucherPaymentMethod): HTMLInputElement {
    const radio = this.root.querySelector<HTMLInputElement>(`input[type=radio][value=${method}]`);
    if (!radio) throw new Error(`no ${method} radio`);
    return radio;
  }

  get radios(): HTMLInputElement[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('input[type=radio]')];
  }

  /** The checked choice, or null. */
  get checked(): VoucherPaymentMethod | null {
    return (this.radios.find((radio) => radio.checked)?.value as VoucherPaymentMethod | undefined) ?? null;
  }

  /** The voucher amount field, or null while the partial choice isn't chosen. */
  get amountInput(): HTMLInputElement | null {
    return this.root.querySelector<HTMLInputElement>('#amount');
  }

  get button(): HTMLButtonElement {
    return this.root.querySelector('button')!;
  }

  /** The text of an element found by part name ("" when absent). */
  partText(part: string): string {
    return this.root.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  get breakdown(): string {
    return this.partText('breakdown');
  }

  /** The visible error text of a field ("" when none). */
  errorText(field: 'method' | 'amount'): string {
    return this.root.querySelector(`#${field}-error`)?.textContent?.trim() ?? '';
  }

  /** The reason shown under a disabled choice ("" when none). */
  reason(method: VoucherPaymentMethod): string {
    return this.root.getElementById(`method-${method}-reason`)?.textContent?.trim() ?? '';
  }

  /** An element's accessible description: the text of the elements its `aria-describedby` names. */
  description(element: Element): string {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => this.root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean).join(' ');
  }

  async settle(): Promise<void> {
    await this.element.updateComplete;
  }

  get announcer(): HTMLElement {
    return this.root.querySelector<HTMLElement>('#announcer')!;
  }


  /** Records each text the announcer takes on from now on (what a screen reader hears). */
  recordAnnouncements(): string[] {
    return recordAnnouncements(this.element);
  }

  /** Waits until the announcer has said what it is going to (it is `aria-busy` until then). */
  async quiet(): Promise<void> {
    await announced(this.element);
  }

  /** A real mouse click in the middle of an element. */
  async click(target: Element): Promise<void> {
    target.scrollIntoView({ block: 'center' });
    const box = target.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await this.settle();
  }

  /** Chooses a payment method by clicking its label, as a shopper does. */
  async choose(method: VoucherPaymentMethod): Promise<void> {
    await this.click(this.root.querySelector(`label[for=method-${method}]`)!);
  }

  /** Presses one key (e.g. 'Tab', 'ArrowDown', 'Enter') with a real key event. */
  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.settle();
  }

  /** Types with real key events wherever the focus is. */
  async typeHere(text: string): Promise<void> {
    await sendKeys({ type: text });
    await this.settle();
  }

  /** Clicks into the amount field, selects what it holds, and types `text` over it. */
  async typeAmount(text: string): Promise<void> {
    const input = this.amountInput;
    if (!input) throw new Error('no amount field: choose CARD_AND_VOUCHER first');
    await this.click(input);
    input.select();
    if (input.value) await this.press('Backspace');
    await this.typeHere(text);
  }

  /** Leaves the amount field the way a shopper does: Tab onwards. */
  async leaveAmount(): Promise<void> {
    if (this.root.activeElement !== this.amountInput) this.amountInput!.focus();
    await this.press('Tab');
  }

  /** Part vouchers, rest by card, with `amount` typed. */
  async split(amount: string): Promise<void> {
    await this.choose('CARD_AND_VOUCHER');
    await this.typeAmount(amount);
  }

  /** Submits with the element's own button, clicked. */
  async confirm(): Promise<void> {
    await this.click(this.button);
  }

  /** The element focused inside the shadow root (radio, input, button), or null. */
  get focused(): Element | null {
    return this.root.activeElement;
  }
}
