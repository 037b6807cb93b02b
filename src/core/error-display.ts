import type { ReactiveControllerHost } from 'lit';

/**
 * When a form field shows its *final* error (the policy every pay form shares): once the field
 * is left after an edit, or for every field once the shopper submits (or validity is reported).
 * Editing a field hides its final error again until it is left; while typing, only what can no
 * longer become valid shows (each form derives those "typing" errors itself).
 */
export class ErrorDisplay<F extends string> {
  /** Fields whose final errors show. */
  private shown = new Set<F>();
  /** Fields edited since they were last left: leaving them shows their final error. */
  private readonly edited = new Set<F>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** True when `field` shows its final error. */
  shows(field: F): boolean {
    return this.shown.has(field);
  }

  /** The fields showing their final errors (a new set each change, so it can key a memo). */
  get showing(): ReadonlySet<F> {
    return this.shown;
  }

  /**
   * The shopper changed `field`. A `final` value (autofill: the whole value at once) shows its
   * error at once, as if the field had been left.
   */
  edit(field: F, final = false): void {
    if (final) {
      this.edited.delete(field);
      this.set(field, true);
    } else {
      this.edited.add(field);
      this.set(field, false);
    }
  }

  /** The shopper left `field`: true when that shows its final error now (it was edited). */
  leave(field: F): boolean {
    if (!this.edited.delete(field)) return false;
    this.set(field, true);
    return true;
  }

  /** Submit or reported validity: every field shows its final error. */
  showAll(fields: readonly F[]): void {
    if (fields.every((field) => this.shown.has(field))) return;
    this.shown = new Set(fields);
    this.host.requestUpdate();
  }

  /** Back to untouched (reset). */
  clear(): void {
    this.edited.clear();
    if (this.shown.size === 0) return;
    this.shown = new Set();
    this.host.requestUpdate();
  }

  private set(field: F, on: boolean): void {
    if (this.shown.has(field) === on) return;
    const next = new Set(this.shown);
    if (on) next.add(field);
    else next.delete(field);
    this.shown = next;
    this.host.requestUpdate();
  }
}
