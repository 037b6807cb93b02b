/**
 * A conformance suite for form-associated pay-elements: what every form control must do
 * inside a native <form> (validity, submission, FormData, reset, disabled fieldset).
 * Call it from a component's test file with a way to create, fill and inspect the element.
 */
import { expect, fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

/**
 * Like `fixture()` for a plain wrapper (form, fieldset, div) around pay elements. `fixture()`
 * waits for an animation frame when the root isn't a Lit element, and background pages
 * (parallel test files) get no frames; this waits for the pay elements' own updates instead.
 */
export async function fixtureAround<T extends Element>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const elements = [...root.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
  await Promise.all(elements.map((element) => element.updateComplete));
  return root;
}

export interface FormConformanceOptions<E extends HTMLElement> {
  /** The element's tag, registered before the suite runs. */
  tagName: string;
  /** The form field name given to the element. */
  name: string;
  /** Gives the element what it needs before use (properties such as `details`), as the merchant would. */
  configure?: (element: E) => void;
  /** Makes the element valid and complete the way a user would. */
  fill: (element: E) => Promise<void>;
  /** FormData entries expected from the filled element (and nothing else from it). */
  expectedEntries: () => [string, string][];
  /** Values that must never appear in FormData (card numbers, security codes…). */
  forbiddenValues?: () => string[];
  /** True when the element's visible inputs are all empty (after a reset). */
  isEmpty: (element: E) => boolean;
  /** True when the element's own controls are disabled. */
  isDisabled: (element: E) => boolean;
}

interface FormControl extends HTMLElement {
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  updateComplete?: Promise<unknown>;
}

export function runFormConformance<E extends HTMLElement>(options: FormConformanceOptions<E>): void {
  const tag = unsafeStatic(options.tagName);

  async function inForm(): Promise<{ form: HTMLFormElement; element: E & FormControl }> {
    const form = await fixtureAround<HTMLFormElement>(
      staticHtml`<form action="about:blank"><input name="other" value="kept"><${tag} name=${options.name}></${tag}></form>`,
    );
    const element = form.querySelector(options.tagName) as E & FormControl;
    await configured(element);
    return { form, element };
  }

  async function configured(element: E & FormControl): Promise<void> {
    options.configure?.(element);
    await element.updateComplete;
  }

  const entriesOf = (form: HTMLFormElement): [string, string][] =>
    [...new FormData(form).entries()].filter(([key]) => key !== 'other').map(([key, value]) => [key, String(value)]);

  describe(`<${options.tagName}> form conformance`, () => {
    it('is associated with its form and takes part in validation', async () => {
      const { form, element } = await inForm();
      expect(element.form).to.equal(form);
      expect(element.willValidate).to.equal(true);
    });

    it('is invalid while empty, with a message, and blocks the form', async () => {
      const { form, element } = await inForm();
      expect(element.checkValidity()).to.equal(false);
      expect(element.validity.valid).to.equal(false);
      expect(element.validationMessage).to.not.equal('');
      expect(form.checkValidity()).to.equal(false);
      expect(element.matches(':invalid')).to.equal(true);
    });

    it('blocks requestSubmit() while invalid', async () => {
      const { form } = await inForm();
      let submitted = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted++;
      });
      form.requestSubmit();
      expect(submitted).to.equal(0);
    });

    it('contributes nothing to FormData while incomplete', async () => {
      const { form } = await inForm();
      expect(entriesOf(form)).to.deep.equal([]);
      expect(new FormData(form).get('other')).to.equal('kept');
    });

    it('becomes valid when filled and lets the form submit', async () => {
      const { form, element } = await inForm();
      await options.fill(element);
      await element.updateComplete;
      expect(element.checkValidity()).to.equal(true);
      expect(element.validity.valid).to.equal(true);
      expect(element.validationMessage).to.equal('');
      expect(element.matches(':valid')).to.equal(true);
      let submitted = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted++;
      });
      form.requestSubmit();
      expect(submitted).to.equal(1);
    });

    it('puts exactly the documented entries in FormData, and no secret', async () => {
      const { form, element } = await inForm();
      await options.fill(element);
      await element.updateComplete;
      const entries = entriesOf(form);
      expect(entries).to.deep.equal(options.expectedEntries());
      const all = JSON.stringify([...new FormData(form).entries()]);
      for (const secret of options.forbiddenValues?.() ?? []) expect(all).to.not.contain(secret);
    });

    it('clears on form.reset()', async () => {
      const { form, element } = await inForm();
      await options.fill(element);
      await element.updateComplete;
      form.reset();
      await element.updateComplete;
      expect(options.isEmpty(element)).to.equal(true);
      expect(element.checkValidity()).to.equal(false);
      expect(entriesOf(form)).to.deep.equal([]);
    });

    it('is disabled by a disabled fieldset from the start, and doesn’t block the form', async () => {
      const form = await fixtureAround<HTMLFormElement>(
        staticHtml`<form><fieldset disabled><${tag} name=${options.name}></${tag}></fieldset></form>`,
      );
      const element = form.querySelector(options.tagName) as E & FormControl;
      await configured(element);
      expect(element.matches(':disabled')).to.equal(true);
      expect(options.isDisabled(element)).to.equal(true);
      // A disabled control is barred from constraint validation: it doesn't block the form.
      expect(element.willValidate).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
      form.querySelector('fieldset')!.disabled = false;
      await element.updateComplete;
      expect(options.isDisabled(element)).to.equal(false);
      expect(element.willValidate).to.equal(true);
    });

    it('is disabled by a disabled fieldset, and left out of FormData', async () => {
      const form = await fixtureAround<HTMLFormElement>(
        staticHtml`<form><input name="other" value="kept"><fieldset><${tag} name=${options.name}></${tag}></fieldset></form>`,
      );
      const element = form.querySelector(options.tagName) as E & FormControl;
      const fieldset = form.querySelector('fieldset')!;
      await configured(element);
      await options.fill(element);
      await element.updateComplete;
      // Complete: its entries are there before the fieldset is disabled.
      expect(entriesOf(form)).to.deep.equal(options.expectedEntries());

      fieldset.disabled = true;
      await element.updateComplete;
      expect(element.matches(':disabled')).to.equal(true);
      expect(options.isDisabled(element)).to.equal(true);
      expect(element.willValidate).to.equal(false);
      const keys = [...new FormData(form).keys()];
      expect(keys.filter((key) => key.startsWith(`${options.name}[`) || key === options.name)).to.deep.equal([]);
      expect(new FormData(form).get('other')).to.equal('kept');

      fieldset.disabled = false;
      await element.updateComplete;
      expect(options.isDisabled(element)).to.equal(false);
      expect(element.willValidate).to.equal(true);
      expect(entriesOf(form)).to.deep.equal(options.expectedEntries());
    });
  });
}
