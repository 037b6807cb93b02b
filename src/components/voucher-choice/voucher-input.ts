/**
 * How `<pay-voucher-choice>` turns what the shopper does into values: a radio chosen (click,
 * Space, arrow keys — the browser's own radio group), the voucher amount typed, pasted or
 * autofilled (kept exactly as typed: never reformatted or clamped), Enter to submit, and the
 * amount field left. The element owns the values; this module only reads events.
 */
import type { VoucherPaymentMethod } from '../../core/events.js';

/** What the input handling needs from the element. */
export interface VoucherEditTarget {
  choose(method: VoucherPaymentMethod): void;
  /** The amount field now holds `text` (`final`: the whole value arrived at once, as autofill does). */
  typeAmount(text: string, final: boolean): void;
  submit(): void;
  leaveAmount(): void;
}

export class VoucherInputHandler {
  constructor(private readonly target: VoucherEditTarget) {}

  readonly change = (event: Event): void => {
    const radio = event.target as HTMLInputElement;
    if (radio.checked) this.target.choose(radio.value as VoucherPaymentMethod);
  };

  readonly input = (event: Event): void => {
    if ((event as InputEvent).isComposing) return;
    const input = event.target as HTMLInputElement;
    // Autofill writes the whole value with an `input` event that has no inputType.
    this.target.typeAmount(input.value, event.type === 'input' && !(event as InputEvent).inputType);
  };

  /** Enter in a radio or the amount field submits, as it would in a native form. */
  readonly keydown = (event: KeyboardEvent): void => {
    if (event.isComposing || event.key !== 'Enter') return;
    event.preventDefault();
    this.target.submit();
  };

  readonly blur = (): void => this.target.leaveAmount();
}
