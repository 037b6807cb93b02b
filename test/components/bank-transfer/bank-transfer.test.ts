import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/bank-transfer/pay-bank-transfer.js';
import { DETAILS, ORDER_ID, REFERENCE, SENDER, mount, record } from './bank-transfer-harness.js';

const mountConfigured = (details: unknown) =>
  mount(html`<pay-bank-transfer order-id=${ORDER_ID} .details=${details}></pay-bank-transfer>`);

describe('<pay-bank-transfer> beneficiary details', () => {
  it('shows every detail with its label, the IBAN in groups of four and the amount formatted', async () => {
    const transfer = await mountConfigured(DETAILS);
    const text = (key: Parameters<typeof transfer.detailValue>[0]) => transfer.detailValue(key).textContent!.trim();
    expect(text('accountName')).to.equal('Glomo Payments Ltd');
    expect(text('bankName')).to.equal('Deutsche Bank');
    expect(text('iban')).to.equal('DE89 3704 0044 0532 0130 00');
    expect(text('accountNumber')).to.equal('0532013000');
    expect(text('bic')).to.equal('DEUTDEFF');
    expect(text('amount')).to.equal('€150.00');
    expect(text('reference')).to.equal('ORD-679A16457');
    expect(transfer.detail('iban')!.querySelector('dt')!.textContent!.trim()).to.equal('IBAN');
  });

  it('reads account numbers, IBANs, BICs, references and both inputs left to right on a right-to-left page', async () => {
    const transfer = await mount(html`<pay-bank-transfer dir="rtl" order-id=${ORDER_ID} .details=${DETAILS}></pay-bank-transfer>`);
    for (const key of ['iban', 'accountNumber', 'bic', 'reference'] as const) expect(transfer.detailValue(key).getAttribute('dir')).to.equal('ltr');
    expect(transfer.input('senderAccountNumber').getAttribute('dir')).to.equal('ltr');
    expect(transfer.input('transactionReference').getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(transfer.detailValue('iban')).direction).to.equal('ltr');
  });

  it('omits optional details that are not given, and accepts an account number without an IBAN', async () => {
    const transfer = await mountConfigured({ accountName: 'Acme', accountNumber: '12345678', amount: { amount: 500, currency: 'JPY' } });
    expect(transfer.hasForm()).to.equal(true);
    expect(transfer.detail('iban')).to.equal(null);
    expect(transfer.detail('bic')).to.equal(null);
    expect(transfer.detail('reference')).to.equal(null);
    expect(transfer.detailValue('amount').textContent!.trim()).to.equal('¥500');
  });

  it('renders markup in provider strings as text, never as elements', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>Bold</b>';
    const transfer = await mountConfigured({ ...DETAILS, accountName: hostile, bankName: '<script>window.__pwned=1</script>', reference: 'REF-1' });
    expect(transfer.detailValue('accountName').textContent).to.equal(hostile);
    expect(transfer.detailValue('bankName').textContent).to.equal('<script>window.__pwned=1</script>');
    expect(transfer.root.querySelector('img, b, script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<pay-bank-transfer> configuration errors', () => {
  const malformed: [string, unknown][] = [
    ['not an object', 'DE89370400440532013000'],
    ['an IBAN with wrong check digits', { ...DETAILS, iban: 'DE88 3704 0044 0532 0130 00' }],
    ['neither account number nor IBAN', { ...DETAILS, iban: undefined, accountNumber: undefined }],
    ['an amount in major units', { ...DETAILS, amount: { amount: 150.5, currency: 'EUR' } }],
    ['an unknown currency', { ...DETAILS, amount: { amount: 15000, currency: 'EURO' } }],
    ['a well-formed currency code that is no currency', { ...DETAILS, amount: { amount: 15000, currency: 'XYZ' } }],
    ['a BIC of no country', { ...DETAILS, bic: 'DEUTQQFF' }],
    ['a malformed BIC', { ...DETAILS, bic: 'NOT A BIC' }],
    ['an empty account name', { ...DETAILS, accountName: '  ' }],
  ];
  for (const [what, details] of malformed) {
    it(`details ${what}: an unavailable notice instead of the form, and one pay-error invalid_config`, async () => {
      const errors: CustomEvent[] = [];
      const listener = (event: Event) => errors.push(event as CustomEvent);
      document.addEventListener('pay-error', listener);
      try {
        const transfer = await mountConfigured(details);
        transfer.element.requestUpdate();
        await transfer.settle();
        expect(transfer.hasForm()).to.equal(false);
        expect(transfer.detail('accountName')).to.equal(null);
        expect(transfer.unavailableNotice!.textContent!.trim()).to.equal(
          'Bank transfer is unavailable right now. Please choose another way to pay, or try again later.');
        expect(errors).to.have.length(1);
        expect(errors[0]!.detail.code).to.equal('invalid_config');
        expect(errors[0]!.detail.message).to.match(/^<pay-bank-transfer> details: /);
        expect(transfer.element.checkValidity()).to.equal(false);
      } finally {
        document.removeEventListener('pay-error', listener);
      }
    });
  }

  it('names what is wrong in the pay-error message', async () => {
    const errors: CustomEvent[] = [];
    const listener = (event: Event) => errors.push(event as CustomEvent);
    document.addEventListener('pay-error', listener);
    await mountConfigured({ ...DETAILS, iban: 'DE88 3704 0044 0532 0130 00' });
    document.removeEventListener('pay-error', listener);
    expect(errors[0]!.detail.message).to.equal('<pay-bank-transfer> details: iban: not a valid IBAN');
  });

  it('a missing order-id: the unavailable notice and one pay-error invalid_config', async () => {
    const errors: CustomEvent[] = [];
    const listener = (event: Event) => errors.push(event as CustomEvent);
    document.addEventListener('pay-error', listener);
    const transfer = await mount(html`<pay-bank-transfer .details=${DETAILS}></pay-bank-transfer>`);
    transfer.element.requestUpdate();
    await transfer.settle();
    document.removeEventListener('pay-error', listener);
    expect(transfer.hasForm()).to.equal(false);
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['invalid_config']);
    expect(errors[0]!.detail.message).to.contain('order-id');
  });

  it('waits quietly for details the shop sets after a fetch', async () => {
    const errors = record(document, 'pay-error');
    const transfer = await mount(html`<pay-bank-transfer order-id=${ORDER_ID}></pay-bank-transfer>`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(transfer.hasForm()).to.equal(false);
    expect(transfer.unavailableNotice, 'no alert while the details may still come').to.equal(null);
    transfer.element.details = DETAILS;
    await transfer.settle();
    expect(transfer.hasForm()).to.equal(true);
    expect(transfer.unavailableNotice).to.equal(null);
    expect(errors).to.have.length(0);
  });

  it('reports details still missing 5 seconds after it connected', async () => {
    const errors = record(document, 'pay-error');
    const transfer = await mount(html`<pay-bank-transfer order-id=${ORDER_ID}></pay-bank-transfer>`);
    await waitUntil(() => transfer.unavailableNotice, 'the unavailable notice', { timeout: 7000 });
    expect(errors.map((event) => event.detail.message)).to.deep.equal(['<pay-bank-transfer> details: missing']);
    expect(transfer.element.checkValidity()).to.equal(false);
    transfer.element.details = DETAILS;
    await transfer.settle();
    expect(transfer.hasForm(), 'late details still make the form').to.equal(true);
  });
});

describe('<pay-bank-transfer> copy buttons', () => {
  type Clipboard = { writeText: (text: string) => Promise<void> };
  let original: Clipboard['writeText'];
  beforeEach(() => (original = navigator.clipboard.writeText));
  afterEach(() => Object.defineProperty(navigator.clipboard, 'writeText', { value: original, configurable: true }));

  /** Records what reaches the real clipboard, passing every call through. */
  function spyOnClipboard(): string[] {
    const copied: string[] = [];
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: (text: string) => {
        copied.push(text);
        return original.call(navigator.clipboard, text);
      },
    });
    return copied;
  }

  it('a click copies the IBAN without spaces, says "Copied IBAN" and shows "Copied"', async () => {
    const transfer = await mountConfigured(DETAILS);
    const copied = spyOnClipboard();
    const said = transfer.recordAnnouncements();
    await transfer.click(transfer.copyButton('iban'));
    await waitUntil(() => said.length === 1, 'the copy announced', { timeout: 3000 });
    expect(copied).to.deep.equal(['DE89370400440532013000']);
    expect(said).to.deep.equal(['Copied IBAN']);
    expect(transfer.copyButton('iban').textContent!.trim()).to.equal('Copied');
    expect(transfer.copyButton('iban').getAttribute('aria-label')).to.equal('Copied IBAN');
    expect(transfer.copyButton('bic').textContent!.trim()).to.equal('Copy');
  });

  it('copies the amount as a plain decimal and the reference as given, from the keyboard', async () => {
    const transfer = await mountConfigured(DETAILS);
    const copied = spyOnClipboard();
    const said = transfer.recordAnnouncements();
    transfer.copyButton('amount').focus();
    await transfer.press('Enter');
    // The announcement follows the clipboard's own promise: wait for it to be said.
    await waitUntil(() => said.length === 1, 'the amount copy announced', { timeout: 3000 });
    transfer.copyButton('reference').focus();
    await transfer.press('Space');
    await waitUntil(() => said.length === 2, 'the reference copy announced', { timeout: 3000 });
    expect(copied).to.deep.equal(['150.00', 'ORD-679A16457']);
    expect(said).to.deep.equal(['Copied Amount', 'Copied Reference to include']);
  });

  it('says so when the clipboard refuses', async () => {
    const transfer = await mountConfigured(DETAILS);
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    const said = transfer.recordAnnouncements();
    await transfer.click(transfer.copyButton('bic'));
    await waitUntil(() => said.length === 1, 'the failure announced', { timeout: 3000 });
    expect(said).to.deep.equal(['Couldn’t copy BIC / SWIFT. Select it and copy it yourself.']);
    expect(transfer.copyButton('bic').textContent!.trim()).to.equal('Copy');
  });
});

describe('<pay-bank-transfer> submitting', () => {
  it('completes by keyboard alone: Tab through the copy buttons into the fields, type, Enter', async () => {
    const transfer = await mountConfigured(DETAILS);
    const events = record(transfer.element, 'pay-bank-transfer-submitted');
    transfer.copyButton('accountName').focus();
    // Seven details, seven copy buttons, then the fields.
    for (let i = 0; i < 7; i++) await transfer.press('Tab');
    expect(transfer.root.activeElement).to.equal(transfer.input('senderAccountNumber'));
    await sendKeys({ type: SENDER.typed });
    await transfer.press('Tab');
    expect(transfer.root.activeElement).to.equal(transfer.input('transactionReference'));
    await sendKeys({ type: REFERENCE });
    await transfer.press('Tab');
    expect(transfer.root.activeElement).to.equal(transfer.button);
    await transfer.press('Enter');
    expect(events.map((event) => event.detail)).to.deep.equal([
      { orderId: ORDER_ID, senderAccountNumber: SENDER.normalised, transactionReference: REFERENCE },
    ]);
  });

  it('then says the transfer will be confirmed later — not that it is paid — and moves focus there', async () => {
    const transfer = await mountConfigured(DETAILS);
    await transfer.fill({ account: SENDER.typed, reference: REFERENCE });
    const said = transfer.recordAnnouncements();
    await transfer.click(transfer.button);
    await transfer.quiet();
    const notice = transfer.submittedNotice!;
    expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Transfer details received Thank you. Your payment isn’t confirmed yet: it will be once the transfer reaches the account, which can take a few working days.');
    expect(notice.textContent).to.not.match(/payment (is )?(successful|complete|confirmed\.)/i);
    expect(transfer.root.activeElement).to.equal(notice);
    // "Sending…" only when the merchant's answer takes longer than the announcer's delay. The notice is
    // read as it takes focus: the live region doesn't say it a second time.
    expect(said.filter((text) => text !== 'Sending your transfer details…')).to.deep.equal([]);
    expect(transfer.hasForm()).to.equal(false);
    expect(transfer.element.pending).to.equal(true);
  });

  it('emits once for a double click and a second submit()', async () => {
    const transfer = await mountConfigured(DETAILS);
    const events = record(transfer.element, 'pay-bank-transfer-submitted');
    await transfer.fill({ account: '12345678', reference: REFERENCE });
    const button = transfer.button;
    const rect = button.getBoundingClientRect();
    const position: [number, number] = [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
    await sendMouse({ type: 'click', position });
    await sendMouse({ type: 'click', position });
    transfer.element.submit();
    await transfer.settle();
    expect(events).to.have.length(1);
    expect(events[0]!.detail.senderAccountNumber).to.equal('12345678');
  });

  it('endSubmit({ error }) brings the form back with the values, shows and announces the message, focuses the button', async () => {
    const transfer = await mountConfigured(DETAILS);
    await transfer.fill({ account: SENDER.typed, reference: REFERENCE });
    await transfer.pay();
    await transfer.quiet();
    const said = transfer.recordAnnouncements();
    transfer.element.endSubmit({ error: 'We could not record your transfer. Try again.' });
    await transfer.quiet();
    expect(transfer.submittedNotice).to.equal(null);
    expect(transfer.element.pending).to.equal(false);
    expect(transfer.input('senderAccountNumber').value).to.equal(SENDER.typed);
    expect(transfer.root.querySelector('[part="submit-error"]')!.textContent!.trim()).to.equal('We could not record your transfer. Try again.');
    expect(said).to.deep.equal(['We could not record your transfer. Try again.']);
    expect(transfer.root.activeElement).to.equal(transfer.button);
    await expect(transfer.element).to.be.accessible();
    const events = record(transfer.element, 'pay-bank-transfer-submitted');
    await transfer.press('Enter');
    expect(events).to.have.length(1);
  });

  it('a listener ending the submit with an error at once gets the form back, not the notice', async () => {
    const transfer = await mountConfigured(DETAILS);
    transfer.element.addEventListener('pay-bank-transfer-submitted', () => transfer.element.endSubmit({ error: 'Order expired.' }), { once: true });
    await transfer.fill({ account: SENDER.typed, reference: REFERENCE });
    const said = transfer.recordAnnouncements();
    await transfer.pay();
    await transfer.quiet();
    expect(transfer.submittedNotice).to.equal(null);
    expect(transfer.hasForm()).to.equal(true);
    expect(transfer.element.pending).to.equal(false);
    expect(said).to.deep.equal(['Order expired.']);
  });

  it('endSubmit() without an error keeps the notice; reset() starts over', async () => {
    const transfer = await mountConfigured(DETAILS);
    await transfer.fill({ account: SENDER.typed, reference: REFERENCE });
    await transfer.pay();
    transfer.element.endSubmit();
    await transfer.settle();
    expect(transfer.element.pending).to.equal(false);
    expect(transfer.submittedNotice).to.not.equal(null);
    transfer.element.reset();
    await transfer.settle();
    expect(transfer.submittedNotice).to.equal(null);
    expect(transfer.input('senderAccountNumber').value).to.equal('');
  });

  it('an invalid submit focuses the first invalid field and emits nothing', async () => {
    const transfer = await mountConfigured(DETAILS);
    const events = record(transfer.element, 'pay-bank-transfer-submitted');
    await transfer.fill({ reference: REFERENCE });
    await transfer.pay();
    await transfer.settle();
    expect(events).to.have.length(0);
    expect(transfer.root.activeElement).to.equal(transfer.input('senderAccountNumber'));
    expect(transfer.errorText('senderAccountNumber')).to.equal('Enter the account number or IBAN you paid from.');
  });
});
