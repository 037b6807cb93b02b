/**
 * How a pay form hears its plain text fields (`<pay-bank-transfer>`'s two, `<pay-voucher-choice>`'s
 * amount; the card form formats as you type and has its own): edits however they arrive (typing,
 * paste, autofill, an IME's composition once it ends), leaving a field, and Enter — which submits,
 * as in a native form: an input inside a shadow root can't submit the outer form itself.
 * The element owns the values; the fields keep what the shopper typed, so the caret never jumps.
 * A field is named by its input's `id`.
 */

/** What the input handling needs from the element. */
export interface FieldEditTarget<F extends string> {
  /** `field` now holds `value` (`final`: the whole value arrived at once, as autofill does). */
  edit(field: F, value: string, final: boolean): void;
  /** The shopper left `field`. */
  left(field: F): void;
  submit(): void;
}

/** Autofill writes a whole value with an `input` event that has no `inputType`. */
export const isAutofill = (event: Event): boolean => event.type === 'input' && !(event as InputEvent).inputType;

/** Listeners for a form's text inputs (and Enter on its other controls): bind `input`, `compositionend`, `keydown`, `blur`. */
export class FieldInputHandler<F extends string> {
  constructor(private readonly target: FieldEditTarget<F>) {}

  /** An IME's composition is taken once it ends (bind `compositionend` here too). */
  readonly input = (event: Event): void => {
    if ((event as InputEvent).isComposing) return;
    const input = event.target as HTMLInputElement;
    this.target.edit(input.id as F, input.value, isAutofill(event));
  };

  /** Enter submits (not while an IME composes: there Enter confirms the composition). */
  readonly keydown = (event: KeyboardEvent): void => {
    if (event.isComposing || event.key !== 'Enter') return;
    event.preventDefault();
    this.target.submit();
  };

  readonly blur = (event: FocusEvent): void => this.target.left((event.target as HTMLElement).id as F);
}
