// Browser side of `npm run bench`: loaded as a module into the one bench page, after the
// script-tag bundle has defined <pay-card-form>. Each measurement is paired with the same work on
// a form built by hand with plain DOM calls, so the figures that matter are ratios. Every sample
// is bracketed by two `performance.mark`s: bench-runtime.mjs reads their main-thread CPU
// timestamps from a trace, which time slices lost to other processes do not inflate. The wall
// times returned here are the fallback. `window.payBench` is what bench-runtime.mjs calls.

const CardForm = customElements.get('pay-card-form');
if (!CardForm) throw new Error('bench page: <pay-card-form> is not defined (did the script-tag bundle load?)');

// The element's own constructable style sheets, read once as the element itself does.
const cardFormSheets = CardForm.elementStyles.map((style) => style.styleSheet);

/** A Visa test number: the digits typed into each fresh form. */
const TYPED_NUMBER = '4242424242424242';
const FIELDS = [
  { id: 'number', part: 'number', label: 'Card number', autocomplete: 'cc-number', numeric: true },
  { id: 'expiry', part: 'expiry', label: 'Expiry date', autocomplete: 'cc-exp', numeric: true },
  { id: 'cvv', part: 'cvv', label: 'Security code', autocomplete: 'cc-csc', numeric: true },
  { id: 'holderName', part: 'holder', label: 'Name on card', autocomplete: 'cc-name', numeric: false },
];
/** Both forms' number field, found by what it is rather than by an internal id. */
const numberInput = (host) => host.shadowRoot.querySelector('input[autocomplete="cc-number"]');

// --expose-gc (set by bench-runtime.mjs) lets each timed run start from a collected heap.
const collectGarbage = () => globalThis.gc?.();

/** Runs `work` between the marks `pay-bench <sample> start|end`; returns its wall time in ms. */
async function sample(name, work) {
  performance.mark(`pay-bench ${name} start`);
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  performance.mark(`pay-bench ${name} end`);
  return ms;
}

/** The baseline: a shadow root with the element's adopted styles, four labelled inputs and a button. */
function handBuiltForm() {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open', delegatesFocus: true });
  root.adoptedStyleSheets = cardFormSheets;
  const form = document.createElement('form');
  form.setAttribute('part', 'form');
  form.noValidate = true;
  for (const { id, part, label, autocomplete, numeric } of FIELDS) {
    const field = document.createElement('div');
    field.className = `field field--${part}`;
    field.setAttribute('part', 'field');
    const labelElement = document.createElement('label');
    labelElement.htmlFor = id;
    labelElement.setAttribute('part', 'label');
    labelElement.textContent = label;
    const input = document.createElement('input');
    input.id = id;
    input.type = 'text';
    input.autocomplete = autocomplete;
    if (numeric) input.inputMode = 'numeric';
    input.setAttribute('part', 'input');
    field.append(labelElement, input);
    form.append(field);
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'button');
  button.textContent = 'Pay €50.00';
  form.append(button);
  root.append(form);
  return host;
}

function cardForm() {
  const form = document.createElement('pay-card-form');
  form.setAttribute('amount', '5000');
  form.setAttribute('currency', 'EUR');
  return form;
}

/** Create, render, lay out and remove `count` forms made by `make`, as sample `name`; returns ms. */
async function mountRun(name, make, count) {
  collectGarbage();
  return sample(name, async () => {
    const forms = [];
    for (let i = 0; i < count; i++) {
      const form = make();
      document.body.append(form);
      forms.push(form);
    }
    await Promise.all(forms.map((form) => form.updateComplete));
    void document.body.offsetHeight; // forces style and layout of everything appended
    for (const form of forms) form.remove();
  });
}

/**
 * Mount benchmark: `pairs` runs of each kind, interleaved (element, then hand-built), after
 * `warmups` untimed pairs. Samples `mount element|hand <i>`; returns the wall times. The first
 * two or three pairs of a page read up to 5× while the element's code is being compiled, so five
 * are untimed; a single pair's ratio moves by ±15 %, so forty are timed.
 */
async function mount({ count = 100, pairs = 40, warmups = 5 } = {}) {
  const element = [];
  const hand = [];
  for (let i = -warmups; i < pairs; i++) {
    const elementMs = await mountRun(`mount element ${i}`, cardForm, count);
    const handMs = await mountRun(`mount hand ${i}`, handBuiltForm, count);
    if (i < 0) continue;
    element.push(elementMs);
    hand.push(handMs);
  }
  return { element, hand, count };
}

/** The hand-built form's input handling: groups the digits by four, as the element does. */
function formatNumberField(event) {
  const input = event.target;
  const digits = input.value.replace(/\D/g, '');
  input.value = digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/**
 * Types TYPED_NUMBER digit by digit into the number field of `forms` fresh forms made by `make`,
 * as a keystroke does (value set, then an `input` event with insertText), each digit a sample
 * `<name> <n>` from the `input` dispatch to the end of the re-render; returns their wall times.
 */
async function typeDigits(name, make, forms, prepare) {
  const times = [];
  for (let f = 0; f < forms; f++) {
    const host = make();
    document.body.append(host);
    await host.updateComplete;
    prepare?.(host);
    const input = numberInput(host);
    if (!input) throw new Error('bench page: no card number input (autocomplete="cc-number") in the form');
    for (const digit of TYPED_NUMBER) {
      input.value += digit;
      times.push(await sample(`${name} ${times.length}`, async () => {
        input.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: digit, bubbles: true, composed: true }));
        await host.updateComplete; // undefined on the hand-built host: one microtask, as for the element
      }));
    }
    host.remove();
  }
  return times;
}

/**
 * Typed-digit benchmark: `rounds` interleaved rounds of ~200 digits each (samples
 * `type element|hand <round> <n>`) after an untimed warm-up, and 200 empty samples (`type empty <n>`);
 * returns the wall times per round.
 */
async function typing({ formsPerRound = 13, rounds = 5 } = {}) {
  const listen = (host) => numberInput(host).addEventListener('input', formatNumberField);
  await typeDigits('warm-up element', cardForm, 4);
  await typeDigits('warm-up hand', handBuiltForm, 4, listen);
  // Empty samples: what a sample's own marks and awaits cost, taken off each digit's time.
  const empty = [];
  for (let i = 0; i < 200; i++) empty.push(await sample(`type empty ${i}`, async () => {}));
  const element = [];
  const hand = [];
  for (let round = 0; round < rounds; round++) {
    collectGarbage();
    element.push(await typeDigits(`type element ${round}`, cardForm, formsPerRound));
    collectGarbage();
    hand.push(await typeDigits(`type hand ${round}`, handBuiltForm, formsPerRound, listen));
  }
  return { element, hand, empty };
}

/** Mounts (render + layout) and unmounts one card form at a time, `cycles` times. */
async function mountCycles(cycles) {
  for (let i = 0; i < cycles; i++) {
    const form = cardForm();
    document.body.append(form);
    await form.updateComplete;
    void form.offsetHeight;
    form.remove();
  }
}

window.payBench = {
  mount, typing, mountCycles,
  clearMarks: () => performance.clearMarks(),
  crossOriginIsolated: globalThis.crossOriginIsolated,
};
