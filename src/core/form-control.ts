import type { PropertyValues, TemplateResult, PropertyDeclarations } from 'lit';
import { html, nothing } from 'lit';
import { Announcer } from './announcer.js';
import { ErrorDisplay } from './error-display.js';
import { PayFormAssociated } from './form-associated.js';
import { formControlMessages, formControlTranslations } from './form-control.messages.js';

export type { FieldProblem } from './form-associated.js';

/**
 * What every pay form shares beyond form association (`PayFormAssociated`: validity, value,
 * reset, a disabled `<fieldset>`): `pending` with one submit at a time and its custom state,
 * errors shown on leave or submit (`ErrorDisplay`), one polite announcer, the submit summary,
 * the merchant ending a submit with `endSubmit()`, and back/forward-cache restores (in the
 * spirit of Web Awesome's form controls).
 *
 * A subclass keeps its own values and answers the hooks below from state it derives once
 * per change; it renders `renderFormEnd()` (or `renderSubmitError()`) in its template; the
 * announcer places its own live region.
 * Not an element of its own (no tag). The parts and custom properties below are every form's
 * (`form-styles.ts`); each form documents its own besides, or says more of one of these.
 *
 * @csspart form - The inner `<form>`.
 * @csspart field - Each field's wrapper (label, control, hint and error).
 * @csspart label - Each field's visible `<label>`.
 * @csspart input - Every `<input>`.
 * @csspart error - Each field's error message (read with its field).
 * @csspart button - The submit button.
 * @csspart spinner - The progress indicator in the button while `pending`.
 * @csspart submit-error - The merchant's message after `endSubmit({ error })` (a decline).
 *
 * @cssprop --pay-font-family - Font of the whole form.
 * @cssprop --pay-font-size - Base font size.
 * @cssprop --pay-color-text - Text colour.
 * @cssprop --pay-color-label - Label colour.
 * @cssprop --pay-label-font-size - Label font size.
 * @cssprop --pay-label-font-weight - Label font weight.
 * @cssprop --pay-spacing - Gap between fields.
 * @cssprop --pay-radius - Corner radius of the inputs and the button.
 * @cssprop --pay-border-width - Input border width.
 * @cssprop --pay-color-border - Input border colour.
 * @cssprop --pay-input-padding - Input padding.
 * @cssprop --pay-color-input-text - Input text colour.
 * @cssprop --pay-color-input-background - Input background.
 * @cssprop --pay-color-placeholder - Placeholder colour.
 * @cssprop --pay-color-focus - Border colour of the focused input.
 * @cssprop --pay-focus-ring-color - Focus ring colour.
 * @cssprop --pay-focus-ring-width - Focus ring width.
 * @cssprop --pay-color-error - Error text and invalid border colour.
 * @cssprop --pay-error-ring-color - Focus ring of an invalid input.
 * @cssprop --pay-error-font-size - Error text size.
 * @cssprop --pay-color-hint - Hint text colour.
 * @cssprop --pay-hint-font-size - Hint text size.
 * @cssprop --pay-color-disabled-background - Background of disabled inputs.
 * @cssprop --pay-color-disabled-text - Text colour of disabled inputs.
 * @cssprop --pay-disabled-opacity - Opacity of the disabled button.
 * @cssprop --pay-color-primary - Submit button background.
 * @cssprop --pay-color-primary-hover - Submit button background on hover.
 * @cssprop --pay-color-button-text - Submit button text colour.
 * @cssprop --pay-button-padding - Submit button padding.
 * @cssprop --pay-button-font-weight - Submit button font weight.
 * @internal
 */
export abstract class PayFormControl<F extends string> extends PayFormAssociated<F> {
  static override properties: PropertyDeclarations = {
    pending: { type: Boolean, reflect: true },
    submitError: { state: true, attribute: false },
  };

  protected static override messages = formControlMessages;
  protected static override translations = [formControlTranslations];

  /**
   * While true: fields and button disabled, a progress state shown, submits ignored. Set
   * automatically when the form is submitted; ended by `endSubmit()` (or `reset()`).
   */
  pending = false;

  /** The merchant's message from `endSubmit({ error })`, shown until the next submit. */
  protected submitError = '';

  protected readonly announcer = new Announcer(this);
  protected readonly errorDisplay = new ErrorDisplay<F>(this);

  /** The form whose `submit` event hands the value out (see `formAssociatedCallback`). */
  private observedForm: HTMLFormElement | null = null;
  /** The error text each field showed when last noted: an error is announced when it appears or changes. */
  private shownErrors = new Map<F, string>();
  /** What the form says while pending: the label its button shows then. */
  private pendingLabel = '';
  /** A submit has just said the pending label (the update that follows must not say it again). */
  private pendingSaid = false;

  // ── Hooks ────────────────────────────────────────────────────────────────

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

  /** @internal The form's `submit` event hands the value out (see `handleFormSubmit`). */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.observedForm?.removeEventListener('submit', this.handleFormSubmit);
    this.observedForm = form;
    form?.addEventListener('submit', this.handleFormSubmit);
  }

  // ── For subclasses ───────────────────────────────────────────────────────

  /** Fields and buttons are inert while disabled or pending. */
  protected get busy(): boolean {
    return this.isDisabled || this.pending;
  }

  /** Every field shows its final error. */
  protected override showAllErrors(): void {
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

  /** The merchant's submit error, when there is one: shown above the button, said by the announcer. */
  protected renderSubmitError(): TemplateResult | typeof nothing {
    return this.submitError ? html`<div part="submit-error" class="submit-error">${this.submitError}</div>` : nothing;
  }

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

  // ── Internals ────────────────────────────────────────────────────────────

  protected override syncWithForm(): void {
    super.syncWithForm();
    this.setCustomState('pending', this.pending);
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
