/**
 * How `<pay-bank-transfer>` hears its two inputs: edits (typing, paste, autofill), leaving a
 * field, and Enter (which submits: an input inside a shadow root can't submit the outer form).
 * The element owns the values; the fields keep what the shopper typed, normalised only when
 * handed out, so the caret never jumps.
 */
import type { BankTransferField } from './bank-transfer-state.js';

/** What the input handling needs from the element. */
export interface BankTransferEditTarget {
  /** Stores a field's value (`final`: the whole value arrived at once, as autofill does). */
  edit(field: BankTransferField, value: string, final: boolean): void;
  left(field: BankTransferField): void;
  submit(): void;
}

const fieldOf = (event: Event): [BankTransferField, HTMLInputElement] => {
  const input = event.target as HTMLInputElement;
  return [input.id as BankTransferField, input];
};

export class BankTransferInputHandler {
  constructor(private readonly target: BankTransferEditTarget) {}

  /** An IME's composition is taken once it ends (`compositionend` comes here too). */
  readonly input = (event: Event): void => {
    if ((event as InputEvent).isComposing) return;
    const [field, input] = fieldOf(event);
    // Autofill writes the whole value with an `input` event that has no inputType.
    const autofilled = event.type === 'input' && !(event as InputEvent).inputType;
    this.target.edit(field, input.value, autofilled);
  };

  readonly keydown = (event: KeyboardEvent): void => {
    if (event.isComposing || event.key !== 'Enter') return;
    event.preventDefault();
    this.target.submit();
  };

  readonly blur = (event: FocusEvent): void => this.target.left(fieldOf(event)[0]);
}
