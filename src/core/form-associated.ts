import type { PropertyDeclarations } from 'lit';
import { PayElement } from './pay-element.js';

/** A field's final error, in the form's field order. */
export interface FieldProblem<F extends string> {
  field: F;
  message: string;
  /** Empty rather than wrong (`valueMissing` instead of `customError`). */
  missing: boolean;
}

/**
 * The form-associated half of every pay form (in the spirit of Material Web's
 * `mixinFormAssociated`): ElementInternals validity, value and custom states (`complete`,
 * `user-invalid`, `disabled`), the native validity API, `formResetCallback`, a disabled
 * `<fieldset>`, and telling the browser's own validation reporting from a mere
 * `checkValidity()`. `PayFormControl` builds submitting, `pending` and the errors' display on it.
 *
 * Reactive properties, here and in every element, are declared in Lit's static `properties`,
 * not with decorators: the decorator runtime would add ≈ 0.45 kB brotli to every entry.
 * Not an element of its own (no tag).
 * @internal
 */
export abstract class PayFormAssociated<F extends string> extends PayElement {
  /** Makes the element a form control (ElementInternals). */
  static formAssociated = true;
  static override properties: PropertyDeclarations = {
    disabled: { type: Boolean, reflect: true },
    name: {},
    formDisabled: { state: true, attribute: false },
  };

  /** @internal Focusing the host focuses its first field (and the browser's validation anchor works). */
  static override shadowRootOptions: ShadowRootInit = { ...PayElement.shadowRootOptions, delegatesFocus: true };

  /** Disables the whole form. A disabled ancestor `<fieldset>` has the same effect. */
  disabled = false;

  /** Form field name: prefixes the entries this element adds to `FormData`. */
  // Not reflected: the form reads our entries from ElementInternals, and writing `name=""` onto
  // every host on mount costs layout time for nothing.
  name = '';

  /** True while an ancestor `<fieldset>` is disabled (unset until the browser says so). */
  protected formDisabled?: boolean;

  protected readonly internals: ElementInternals;

  /** Set between an `invalid` event and the end of its task: focus arriving then is the browser reporting us. */
  private invalidJustFired?: boolean;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', this.handleInvalid);
    this.addEventListener('focusin', this.handleReportedFocus);
  }

  // ── Hooks ────────────────────────────────────────────────────────────────

  /** The fields in tab order: the first invalid one gets focus on submit. */
  protected abstract readonly fieldOrder: readonly F[];
  /** Every field's final error, in field order; empty when the value is complete and valid. */
  protected abstract problems(): FieldProblem<F>[];
  /** The message each field shows now (final or typing errors). */
  protected abstract visibleErrors(): Partial<Record<F, string>>;
  /** What the element adds to its form once valid (`null`: nothing). Never card data. */
  protected abstract formEntries(): [string, string][] | null;
  /** Every field shows its final error (the browser reported the element invalid). */
  protected abstract showAllErrors(): void;
  /** Clears every field, error and the pending state. */
  abstract reset(): void;

  // ── Validity, as for native form controls ───────────────────────────────

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The element's validity, as for native form controls. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message of the first invalid field, or "" when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the element takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** True when every field is valid; fires `invalid` otherwise. Shows nothing: the shopper didn't ask. */
  checkValidity(): boolean {
    this.syncWithForm();
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and shows every field's error when invalid. */
  reportValidity(): boolean {
    this.syncWithForm();
    const valid = this.internals.checkValidity();
    if (!valid) this.showAllErrors();
    return this.internals.reportValidity();
  }

  // ── Form-associated callbacks ────────────────────────────────────────────

  /** @internal */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  // ── For subclasses ───────────────────────────────────────────────────────

  /** Disabled by its own attribute or by a disabled ancestor fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || !!this.formDisabled;
  }

  /** The focusable control of a field (focus target and validation anchor): by default the element with the field's id. */
  protected fieldControl(field: F): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${field}`);
  }

  /**
   * `problems()` from each field's final error code (as the form's derived state holds them):
   * in field order, each worded by `message`, `missing` for a `required` code.
   */
  protected problemsFrom<C extends string>(errors: Partial<Record<F, C>>, message: (field: F, code: C) => string): FieldProblem<F>[] {
    return this.fieldOrder.filter((field) => errors[field]).map((field) => ({
      field,
      // Worded when read: validity after every update needs only the first problem's message.
      get message() {
        return message(field, errors[field]!);
      },
      missing: errors[field] === 'required',
    }));
  }

  /** `visibleErrors()` from each field's visible error code, worded by `message`. */
  protected messagesFrom<C extends string>(codes: Partial<Record<F, C>>, message: (field: F, code: C) => string): Partial<Record<F, string>> {
    const messages: Partial<Record<F, string>> = {};
    for (const field of this.fieldOrder) if (codes[field]) messages[field] = message(field, codes[field]!);
    return messages;
  }

  /** Sets or clears a custom state (`:state(name)`). */
  protected setCustomState(name: string, on: boolean): void {
    const states = this.internals.states as (CustomStateSet & Set<string>) | undefined;
    if (!states) return;
    try {
      if (states.has(name) === on) return;
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Older engines only accept the `--name` syntax; the states are an enhancement.
    }
  }

  /** Validity (anchored at the first invalid field), the form value and the custom states, from the hooks. */
  protected syncWithForm(): void {
    const first = this.problems()[0];
    if (first) {
      this.internals.setValidity(first.missing ? { valueMissing: true } : { customError: true }, first.message, this.fieldControl(first.field) ?? undefined);
      this.internals.setFormValue(null);
    } else {
      this.internals.setValidity({});
      const entries = this.formEntries();
      let value: FormData | null = null;
      if (entries) {
        value = new FormData();
        for (const [key, each] of entries) value.append(key, each);
      }
      this.internals.setFormValue(value);
    }
    this.setCustomState('complete', !first);
    this.setCustomState('user-invalid', Object.keys(this.visibleErrors()).length > 0);
    this.setCustomState('disabled', this.isDisabled);
  }

  // ── Internals ────────────────────────────────────────────────────────────

  /**
   * `invalid` fires for `checkValidity()` too, which must show nothing. The browser's own
   * reporting (`form.reportValidity()`, a blocked submission) moves focus to our validation
   * anchor in the same task: only then do the errors show. Not a shopper's own Tab or click
   * into the form just as the page checks validity (say, in a `change` handler): Chromium tells
   * that focus by its input device (`sourceCapabilities`), which a focus by script lacks.
   */
  private readonly handleInvalid = (): void => {
    this.invalidJustFired = true;
    setTimeout(() => (this.invalidJustFired = false));
  };

  private readonly handleReportedFocus = (event: FocusEvent & { sourceCapabilities?: unknown }): void => {
    if (this.invalidJustFired && !event.sourceCapabilities) this.showAllErrors();
  };
}
