/**
 * Drives a <pay-card-form> like a shopper: real key events through the test runner
 * (`sendKeys`), real focus moves with Tab, caret placement with `setSelectionRange`.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { PayEventDetailMap, PayEventName } from '../../src/core/events.js';
import type { CardField } from '../../src/core/types.js';
import type { PayCardForm } from '../../src/components/card-form/card-form.js';

import { announced, recordAnnouncements } from './announcer.js';

export { fixtureAround } from './form-conformance.js';

export interface CardInput {
  number?: string;
  expiry?: string;
  cvv?: string;
  holderName?: string;
}

/** Two-digit years relative to today, so expiry tests never rot. */
export function yearsFromNow(years: number): { yy: string; yyyy: string } {
  const year = new Date().getFullYear() + years;
  return { yy: String(year % 100).padStart(2, '0'), yyyy: String(year) };
}

/** This month as "MM / YY" (valid until the month ends). */
export function thisMonth(): string {
  const now = new Date();
  return `${String(now.getMonth() + 1).padStart(2, '0')} / ${String(now.getFullYear() % 100).padStart(2, '0')}`;
}

/** Last month as "MM / YY" (expired). */
export function lastMonth(): string {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${String(date.getMonth() + 1).padStart(2, '0')} / ${String(date.getFullYear() % 100).padStart(2, '0')}`;
}

/** Records every event of one name that the element dispatches. */
export function record<K extends PayEventName>(target: EventTarget, name: K): CustomEvent<PayEventDetailMap[K]>[] {
  const events: CustomEvent<PayEventDetailMap[K]>[] = [];
  target.addEventListener(name, (event) => events.push(event as CustomEvent<PayEventDetailMap[K]>));
  return events;
}

export class CardFormHarness {
  constructor(readonly element: PayCardForm) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  input(field: CardField): HTMLInputElement {
    const input = this.root.querySelector<HTMLInputElement>(`#${field}`);
    if (!input) throw new Error(`no ${field} input`);
    return input;
  }

  value(field: CardField): string {
    return this.input(field).value;
  }

  caret(field: CardField): number | null {
    return this.input(field).selectionStart;
  }

  get button(): HTMLButtonElement {
    return this.root.querySelector('button')!;
  }

  get brandMark(): HTMLElement {
    return this.root.querySelector<HTMLElement>('[part~="brand"]')!;
  }

  /** The visible error text of a field ("" when none). */
  errorText(field: CardField): string {
    return this.root.querySelector(`#${field}-error`)?.textContent?.trim() ?? '';
  }

  /** The element that the input's aria-describedby names as its error, if any. */
  describedError(field: CardField): HTMLElement | null {
    const ids = (this.input(field).getAttribute('aria-describedby') ?? '').split(/\s+/);
    const id = ids.find((candidate) => candidate.endsWith('-error'));
    return id ? this.root.getElementById(id) : null;
  }

  async settle(): Promise<void> {
    await this.element.updateComplete;
  }

  /** The form's one live region for errors (visually hidden, inside the shadow root). */
  get announcer(): HTMLElement {
    const announcer = this.root.querySelector<HTMLElement>('#announcer');
    if (!announcer) throw new Error('no announcer');
    return announcer;
  }

  /** Records each text the announcer takes on from now on (what a screen reader hears). */
  recordAnnouncements(): string[] {
    return recordAnnouncements(this.element);
  }

  /**
   * Waits until the announcer has said what it is going to: it writes a moment (100 ms) after
   * a change, and is `aria-busy` (as assistive technology sees it) until then.
   */
  async quiet(): Promise<void> {
    await announced(this.element);
  }

  /** The live regions that hold `element` (itself included): an error inside one would be announced on every change. */
  liveRegionsAround(element: Element): Element[] {
    const regions: Element[] = [];
    for (let node: Element | null = element; node; node = node.parentElement) {
      if (node.matches('[role="alert"], [role="status"], [role="log"], [aria-live]')) regions.push(node);
    }
    return regions;
  }

  /**
   * A field's accessible description as a screen reader reads it with the field: the text of
   * the elements its `aria-describedby` names, in order (accname's description computation).
   */
  description(field: CardField): string {
    const ids = (this.input(field).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => this.root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean).join(' ');
  }

  /** Submits the way a keyboard user does: focus on the pay button, then Enter. */
  async pay(): Promise<void> {
    this.button.focus();
    await this.press('Enter');
  }

  /** Focuses a field and puts the caret at `caret` (the end by default), or selects `[caret, end]`. */
  async focus(field: CardField, caret?: number, end?: number): Promise<HTMLInputElement> {
    const input = this.input(field);
    input.focus();
    const at = caret ?? input.value.length;
    input.setSelectionRange(at, end ?? at);
    return input;
  }

  /** Types text with real key events into a field, at its caret (the end by default). */
  async type(field: CardField, text: string, caret?: number): Promise<void> {
    await this.focus(field, caret);
    await sendKeys({ type: text });
    await this.settle();
  }

  /** Presses one key (e.g. 'Backspace', 'Tab', 'Enter', 'Shift+Tab') with a real key event. */
  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.settle();
  }

  /** Leaves the focused field the way a shopper does: Tab to the next one. */
  async leave(field: CardField): Promise<void> {
    if (this.root.activeElement !== this.input(field)) await this.focus(field);
    await this.press('Tab');
  }

  /**
   * Inserts text at the caret (or over the selection) as one editing operation, the way a
   * paste arrives: a real `beforeinput` + `input` pair through the browser's editing stack.
   */
  async insertAsOneEdit(field: CardField, text: string, caret?: number, end?: number): Promise<void> {
    await this.focus(field, caret, end);
    document.execCommand('insertText', false, text);
    await this.settle();
  }

  /** Fills the fields given, each by clicking into it and typing. */
  async fill(card: CardInput): Promise<void> {
    if (card.number !== undefined) await this.type('number', card.number);
    if (card.expiry !== undefined) await this.type('expiry', card.expiry);
    if (card.cvv !== undefined) await this.type('cvv', card.cvv);
    if (card.holderName !== undefined) await this.type('holderName', card.holderName);
  }

  /** Every attribute value in the element's light and shadow DOM, host included. */
  allAttributeValues(): string[] {
    const values: string[] = [];
    const visit = (node: Element): void => {
      for (const attribute of Array.from(node.attributes)) values.push(`${attribute.name}=${attribute.value}`);
      for (const child of Array.from(node.children)) visit(child);
      if (node.shadowRoot) for (const child of Array.from(node.shadowRoot.children)) visit(child);
    };
    visit(this.element);
    return values;
  }
}
