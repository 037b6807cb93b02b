/**
 * What the i18n scenes share: the stage a test sets (its locale, what it waits for, what it
 * records), the data the scenes supply, and mounting an element in a `lang` (and `dir`) wrapper.
 */
import { render, type TemplateResult } from 'lit';
import { DETAILS, REFERENCE, SENDER } from '../components/bank-transfer/bank-transfer-harness.js';
import { TEST_CARD } from '../e2e/support/card-payment-harness.js';

export interface Stage {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Also the states that take typing, a pending request or a result. */
  deep: boolean;
  /** Resolves once `element` speaks `lang` (the catalog of one of `keys` shows). */
  ready(element: Element, keys: readonly string[]): Promise<void>;
  /** Records what `element` shows now as `scene` / `state`. */
  capture(scene: string, state: string, element: Element): void | Promise<void>;
}

/** What the scenes type or pass in: data the shopper or the merchant supplied, shown as given. */
export const SUPPLIED = {
  card: TEST_CARD,
  phone: '912 345 678',
  sender: SENDER.typed,
  reference: REFERENCE,
  /** The merchant's beneficiary details `<test-configured-bank-transfer>` shows. */
  bankDetails: DETAILS,
  /** What the merchant passes to `endSubmit({ error })`. */
  merchantError: 'ZZ-TEST-DECLINE-42',
};

/** Waits until `element` (a Lit element) has rendered every update asked for so far. */
export async function settle(element: Element): Promise<void> {
  const lit = element as Element & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean };
  do await lit.updateComplete;
  while (lit.isUpdatePending);
}

/** Mounts `template` in a `<div lang dir>` at the end of the page and waits until it speaks the stage's language. */
export async function mount<T extends Element>(stage: Stage, template: TemplateResult, keys: readonly string[]): Promise<{ element: T; remove(): void }> {
  const wrapper = document.createElement('div');
  wrapper.lang = stage.lang;
  wrapper.dir = stage.dir;
  wrapper.style.width = '40rem';
  document.body.append(wrapper);
  render(template, wrapper);
  const element = wrapper.firstElementChild as T;
  await settle(element);
  await stage.ready(element, keys);
  await settle(element);
  return { element, remove: () => wrapper.remove() };
}

/** The first match of `selector` in `element`'s shadow root; throws when there is none. */
export const shadow = (element: Element, selector: string): HTMLElement => {
  const found = element.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${element.localName}: nothing matches ${selector}`);
  return found;
};
/** True once a field of the shadow root shows an error. */
export const invalidShown = (root: ShadowRoot) => root.querySelector('[aria-invalid="true"]') !== null;
/** The public API of the form elements (`PayFormControl`) the scenes use. */
export type FormControl = Element & { submit(): void; endSubmit(options?: { error?: string }): void };
