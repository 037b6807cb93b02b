import type { PropertyValues, TemplateResult, PropertyDeclarations } from 'lit';
import { html, nothing } from 'lit';
import { Announcer } from './announcer.js';
import { ErrorDisplay } from './error-display.js';
import { PayElement } from './pay-element.js';
import { formControlMessages, formControlTranslations } from './form-control.messages.js';

/** A field's final error, in the form's field order. */
export interface FieldProblem<F extends string> {
  field: F;
  message: string;
  /** Empty rather than wrong (`valueMissing` instead of `customError`). */
  missing: boolean;
}

/**
 * The form-associated behaviour every pay form shares (in the spirit of Material Web's
 * `mixinFormAssociated` and Web Awesome's form controls): ElementInternals validity and value,
 * `formResetCallback`, a disabled `<fieldset>`, `pending` with one submit at a time, custom
 * states (`complete`, `user-invalid`, `pending`, `disabled`), errors shown on leave or submit
 * (`ErrorDisplay`), one polite announcer, the submit summary, the merchant ending a submit
 * with `endSubmit()`, and back/forward-cache restores.
 *
 * A subclass keeps its own values and answers the hooks below from state it derives once
 * per change; it renders `renderFormEnd()` (or `renderSubmitError()`) in its template; the
 * announcer places its own live region.
 * Not an element of its own (no tag).
 * @internal
 */
export abstract class PayFormControl<F extends string> extends PayElement {
  /** Makes the element a form control (ElementInternals). */
  static formAssociated = true;
  /**
   * Reactive properties of every element are declared here, in Lit's static `properties`,
   * not with decorators: the decorator runtime would add ≈ 0.45 kB brotli to every entry.
   */
  static override properties: PropertyDeclarations = {
    disabled: { type: Boolean, reflect: true },
    pending: { type: Boolean, reflect: true },
    name: {},
    formDisabled: { state: true, attribute: false },
    submitError: { state: true, attribute: false },
  };

  /** @internal Focusing the host focuses its first field (and the browser's validation anchor works). */
  static override shadowRootOptions: ShadowRootInit = { ...PayElement.shadowRootOptions, delegatesFocus: true };

  protected static override messages = formControlMessages;
  protected static override translations = [formControlTranslations];

  /** Disables the whole form. A disabled ancestor `<fieldset>` has the same effect. */
  disabled = false;

  /**
   * While true: fields and button disabled, a progress state shown, submits ignored. Set
   * automatically when the form is submitted; ended by `endSubmit()` (or `reset()`).
   */
  pending = false;

  /** Form field name: prefixes the entries this element adds to `FormData`. */
  // Not reflected: the form reads our entries from ElementInternals, and writing `name=""` onto
  // every host on mount costs layout time for nothing.
  name = '';

  /** True while an ancestor `<fieldset>` is disabled. */
  protected formDisabled = false;

  /** The merchant's message from `endSubmit({ error })`, shown until the next submit. */
  protected submitError = '';

  protected readonly internals: ElementInternals;
  protected readonly announcer = new Announcer(this);
  protected readonly errorDisplay = new ErrorDisplay<F>(this);

  /** The form whose `submit` event hands the value out (see `formAssociatedCallback`). */
  private observedForm: HTMLFormElement | null = null;
  /** The error text each field showed when last noted: an error is announced when it appears or changes. */
  private shownErrors = new Map<F, string>();
  /** Set between an `invalid` event and the end of its task: focus arriving then is the browser reporting us. */
  private invalidJustFired = false;

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
  /** The message each field shows now (final or typing errors, as `errorDisplay` says). */
  protected abstract visibleErrors(): Partial<Record<F, string>>;
  /** What the element adds to its form once valid (`null`: nothing). Never card data. */
  protected abstract formEntries(): [string, string][] | null;
  /** Emits the element's submit event; `pending` is already true. */
  protected abstract handOut(): void;
  /** Empties the element's own values (reset). */
  protected abstract clearValues(): void;
  /** The page came back from the back/forward cache: drop what must not outlive the visit. */
  protected restoredFromCache(): void {}

  // ── Lifecycle ────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.handlePageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.handlePageShow);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncWithForm();
    // "Processing payment…" is said once, by the announcer outside the busy <form> (a status
    // region inside an aria-busy container may go unread): here when the merchant set `pending`;
    // a submit said it already, before its handlers could say something newer.
    if (changed.has('pending')) {
      if (this.pending && !this.pendingSaid) this.announcer.announce(this.pendingLabel);
      this.pendingSaid = false;
    }
  }

  // ── Public API ───────────────────────────────────────────────────────────

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

  /**
   * Validates every field as final. When something is wrong, shows the errors, focuses the
   * first invalid field and announces a summary; otherwise hands the value out (or, inside a
   * form, requests the form's submission, which hands it out). Does nothing while `pending`
   * or disabled.
   */
  submit(): void {
    if (this.pending || this.isDisabled) return;
    this.submitError = '';
    this.showAllErrors();
    const problems = this.problems();
    const first = problems[0];
    if (first) {
      const summary = this.t('form.errors.summary', { count: problems.length });
      void this.updateComplete.then(() => {
        const control = this.fieldControl(first.field);
        // Moving focus reads the field with its error (its description); a field that already
        // has focus (Enter pressed in it) is not read again, so the summary says its error.
        const moves = this.shadowRoot?.activeElement !== control;
        control?.focus();
        this.announcer.announce(moves ? summary : `${summary} ${first.message}`);
      });
      return;
    }
    const form = this.internals.form;
    if (form) form.requestSubmit();
    else this.beginSubmit();
  }

  /**
   * The merchant ends a submit: `pending` ends and, with an `error` (a decline, a network
   * failure), the message shows on the form and is announced, the values kept for a retry.
   */
  endSubmit({ error }: { error?: string } = {}): void {
    this.pending = false;
    this.submitError = error ?? '';
    if (error) this.announcer.announce(error);
  }

  /** Clears every field, error and the pending state. */
  reset(): void {
    this.clearValues();
    this.errorDisplay.clear();
    this.pending = false;
    this.submitError = '';
    this.shownErrors = new Map();
    this.announcer.clear();
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

  /** @internal */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.observedForm?.removeEventListener('submit', this.handleFormSubmit);
    this.observedForm = form;
    form?.addEventListener('submit', this.handleFormSubmit);
  }

  // ── For subclasses ───────────────────────────────────────────────────────

  /** Disabled by its own attribute or by a disabled ancestor fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** Fields and buttons are inert while disabled or pending. */
  protected get busy(): boolean {
    return this.isDisabled || this.pending;
  }

  /** Every field shows its final error. */
  protected showAllErrors(): void {
    this.errorDisplay.showAll(this.fieldOrder);
    this.noteErrors();
  }

  /**
   * The shopper edited `field` (the element has stored its value): its final error hides until
   * the field is left — or shows at once for a `final` value (autofill) — the element re-renders,
   * and an error that appears while typing is said.
   */
  protected fieldEdited(field: F, final: boolean): void {
    this.errorDisplay.edit(field, final);
    this.requestUpdate();
    this.noteErrors(field);
  }

  /** The shopper left `field`: after an edit its final error shows and is said. True when it does. */
  protected fieldLeft(field: F): boolean {
    if (!this.errorDisplay.leave(field)) return false;
    this.noteErrors(field);
    return true;
  }

  /**
   * Records the error text every field shows now, and announces `field`'s own error (the field
   * just edited or left) when it has just appeared or changed — once, not on every keystroke.
   * Without `field` (submit, `invalid`) nothing is announced here.
   */
  protected noteErrors(field?: F): void {
    const shown = new Map(Object.entries(this.visibleErrors()).filter(([, message]) => message)) as Map<F, string>;
    const message = field ? shown.get(field) : undefined;
    if (message && message !== this.shownErrors.get(field!)) this.announcer.announce(message);
    // Nothing wrong any more: an old message shouldn't linger where a reading cursor finds it.
    else if (shown.size === 0 && !this.submitError) this.announcer.clear();
    this.shownErrors = shown;
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

  /** The merchant's submit error, when there is one: shown above the button, said by the announcer. */
  protected renderSubmitError(): TemplateResult | typeof nothing {
    return this.submitError ? html`<div part="submit-error" class="submit-error">${this.submitError}</div>` : nothing;
  }

  /** The focusable control of a field (focus target and validation anchor): by default the element with the field's id. */
  protected fieldControl(field: F): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${field}`);
  }

  /** What the form says while pending: the label its button shows then. */
  private pendingLabel = '';
  /** A submit has just said the pending label (the update that follows must not say it again). */
  private pendingSaid = false;

  /**
   * The end of every pay form: the merchant's slot, the submit error, and the submit button with
   * its progress state. While pending the button stays focusable (`aria-disabled`; clicks are
   * ignored): disabling it under a keyboard user's focus would drop focus to the page.
   */
  protected renderFormEnd(label: string, pendingLabel: string, disabled = this.busy): TemplateResult {
    this.pendingLabel = pendingLabel;
    // One line: no whitespace text nodes to clone in every form.
    // prettier-ignore
    return html`<slot></slot>${this.renderSubmitError()}<button part="button" type="button" ?disabled=${disabled && !(this.pending && !this.isDisabled)} aria-disabled=${this.pending ? 'true' : nothing} @click=${this.handleButtonClick}>${
      this.pending ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}${this.pending ? pendingLabel : label}</button>`;
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

  // ── Internals ────────────────────────────────────────────────────────────

  private syncWithForm(): void {
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
    this.setCustomState('pending', this.pending);
    this.setCustomState('disabled', this.isDisabled);
  }

  private beginSubmit(): void {
    if (this.pending || this.isDisabled || this.problems().length) return;
    // Pending first: a handler that submits again, or a second click, finds the form busy.
    this.pending = true;
    this.announcer.announce(this.pendingLabel);
    this.pendingSaid = true;
    // The fields are disabled while pending: focus in one (Enter pressed there) moves to the button.
    if (this.shadowRoot?.activeElement) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="button"]')?.focus());
    this.handOut();
  }

  /**
   * `invalid` fires for `checkValidity()` too, which must show nothing. The browser's own
   * reporting (`form.reportValidity()`, a blocked submission) moves focus to our validation
   * anchor in the same task: only then do the errors show.
   */
  private readonly handleInvalid = (): void => {
    this.invalidJustFired = true;
    setTimeout(() => (this.invalidJustFired = false));
  };

  private readonly handleReportedFocus = (): void => {
    if (this.invalidJustFired) this.showAllErrors();
  };

  /**
   * The form is really submitting (it passed validation, or has `novalidate`): hand the value
   * out once. A second submission while the first is pending is stopped, so a double click on
   * the merchant's own button can't post twice either.
   */
  private readonly handleFormSubmit = (event: SubmitEvent): void => {
    if (this.pending) {
      // Cancelled and hidden from the form's later submit listeners (ours is added on association).
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    this.beginSubmit();
  };

  private readonly handleButtonClick = (): void => this.submit();

  /** Back/forward cache: a page left for a same-tab redirect comes back ready, not pending. */
  private readonly handlePageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    this.pending = false;
    this.submitError = '';
    this.restoredFromCache();
  };
}
