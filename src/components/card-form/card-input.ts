/**
 * How `<pay-card-form>` turns what the shopper does to its inputs into formatted values:
 * typing, pasting, autofill, IME composition and deletion however it arrives (a Backspace
 * key, an Android keyboard's `beforeinput` with key 229, the context menu's Delete). The
 * element owns the values; this module only computes the next value and caret.
 */
import type { CardField } from '../../core/types.js';
import { asciiDigits, deleteBackward, deleteForward, digitsOnly, formatCardNumber, formatExpiry, type Formatted } from './format.js';

/** Formats a raw input value and caret into the field's display value and caret. */
export type FieldFormatter = (raw: string, caret: number) => Formatted;

/** What the input handling needs from the element. */
export interface CardEditTarget {
  /** The field's value as last applied (formatted). */
  valueOf(field: CardField): string;
  /** How many digits a field takes: typing into a full field is refused, as `maxlength` would. */
  maxDigits(field: CardField): number;
  /** Stores a formatted value (`final`: the whole value arrived at once, as autofill does). */
  apply(field: CardField, input: HTMLInputElement, formatted: Formatted, final: boolean): void;
  submit(): void;
  focused(field: CardField): void;
  left(field: CardField): void;
}

/**
 * The field an event is about. The handlers listen on the `<form>` around the inputs, so events
 * from the pay button or from the merchant's slotted content (outside the form's own tree) are
 * none of theirs: null.
 */
const fieldOf = (event: Event): [CardField, HTMLInputElement] | null => {
  const input = event.target;
  return input instanceof HTMLInputElement && (event.currentTarget as Node).contains(input) ? [input.id as CardField, input] : null;
};

/** Fields whose separators are the formatter's, not the shopper's: deleting one deletes the digit beyond it. */
const hasSeparators = (field: CardField): boolean => field === 'number' || field === 'expiry';

export class CardInputHandler {
  constructor(private readonly target: CardEditTarget) {}

  formatterFor(field: CardField): FieldFormatter {
    switch (field) {
      case 'number':
        return (raw, caret) => formatCardNumber(raw, caret);
      case 'expiry':
        return (raw, caret) => formatExpiry(raw, caret);
      case 'cvv':
        // Never cut to the brand's length: a 4-digit code on what turns out to be a Visa is an
        // error the shopper sees, not a digit silently dropped. Typing past 4 is refused.
        return (raw, caret) => {
          const value = digitsOnly(raw, 4);
          return { value, caret: Math.min(digitsOnly(raw.slice(0, caret)).length, value.length) };
        };
      case 'holderName':
        // Free text, kept as typed; trimmed when the card is handed out.
        return (raw, caret) => ({ value: raw, caret });
    }
  }

  /**
   * Refuses typed text without a digit in digit-only fields and a digit typed into a full
   * field; performs deletions in formatted fields itself, so deleting over a separator
   * removes the digit beyond it whichever way the deletion arrives.
   */
  readonly beforeInput = (event: InputEvent): void => {
    const found = fieldOf(event);
    if (!found || found[0] === 'holderName') return;
    const [field, input] = found;
    if (event.inputType === 'deleteContentBackward' || event.inputType === 'deleteContentForward') {
      if (!hasSeparators(field) || !event.cancelable) return;
      event.preventDefault();
      this.deleteAt(field, input, event.inputType === 'deleteContentBackward', input.selectionStart ?? 0, input.selectionEnd ?? 0, input.value);
      return;
    }
    if (event.inputType !== 'insertText' || event.data === null) return;
    const data = asciiDigits(event.data);
    // A typed '/' is meaningful in the expiry: '1/' means January.
    const allowed = field === 'expiry' ? /[\d/]/ : /\d/;
    const full = input.selectionStart === input.selectionEnd && digitsOnly(input.value).length >= this.target.maxDigits(field);
    if (!allowed.test(data) || (full && /\d/.test(data))) event.preventDefault();
  };

  /**
   * Formats what the shopper typed, pasted or autofilled. An IME's composition is formatted
   * once it ends (`compositionend` comes here too); full-width digits count as digits.
   */
  readonly input = (event: Event): void => {
    const found = fieldOf(event);
    if (!found || (event as InputEvent).isComposing) return;
    const [field, input] = found;
    const inputType = (event as InputEvent).inputType ?? '';
    const previous = this.target.valueOf(field);
    const caret = input.selectionStart ?? input.value.length;
    // A deletion the browser performed itself (its beforeinput could not be cancelled) that
    // took only a separator: the formatter would put it straight back, so take the digit.
    if (hasSeparators(field) && inputType.startsWith('delete') && digitsOnly(input.value) === digitsOnly(previous) && input.value !== previous) {
      const removedAt = caret + (previous.length - input.value.length);
      this.deleteAt(field, input, inputType !== 'deleteContentForward', inputType === 'deleteContentForward' ? caret : removedAt, inputType === 'deleteContentForward' ? caret : removedAt, previous);
      return;
    }
    const raw = field === 'holderName' ? input.value : asciiDigits(input.value);
    // Autofill writes the whole value with an `input` event that has no inputType.
    const autofilled = event.type === 'input' && !inputType;
    this.target.apply(field, input, this.formatterFor(field)(raw, caret), autofilled);
  };

  readonly keydown = (event: KeyboardEvent): void => {
    if (event.isComposing || event.key !== 'Enter' || !fieldOf(event)) return;
    event.preventDefault();
    this.target.submit();
  };

  /** `focusin` on the form: a field got focus. */
  readonly focus = (event: FocusEvent): void => {
    const found = fieldOf(event);
    if (found) this.target.focused(found[0]);
  };

  /** `focusout` on the form: a field lost focus. */
  readonly blur = (event: FocusEvent): void => {
    const found = fieldOf(event);
    if (found) this.target.left(found[0]);
  };

  private deleteAt(field: CardField, input: HTMLInputElement, backward: boolean, start: number, end: number, value: string): void {
    const format = this.formatterFor(field);
    const result = backward ? deleteBackward(value, start, end, format) : deleteForward(value, start, end, format);
    if (result.value === input.value && result.caret === start) return;
    this.target.apply(field, input, result, false);
  }
}
