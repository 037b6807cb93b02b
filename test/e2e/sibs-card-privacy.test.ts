import { expect } from '@open-wc/testing';
import { mountCardPayment, TEST_CARD, unmountAll } from './support/card-payment-harness.js';
import { SIBS_PAYMENT_URL, SIBS_STATUS_URL } from './support/sibs-sandbox.js';

const THREE_DS_CARD = { ...TEST_CARD, number: '4000000000003220', cvv: '739' };
const APPROVED_CARD = { ...TEST_CARD, number: '5555555555554444', cvv: '739' };
const RECORDED = ['pay-pending', 'pay-redirect', 'pay-success', 'pay-failure', 'pay-cancel', 'pay-error', 'pay-card-submit'];

/**
 * Where the shopper's card may go in the SIBS card flow: into the POST body to the shop's
 * `payment-url`, and nowhere else the page can see — no URL the page requests or navigates to,
 * no console line, no storage, no event a listener on the document receives.
 */
describe('<pay-card-payment provider="sibs"> keeps the card to the POST body', function () {
  this.timeout(30_000);
  const leaks = { fetches: [] as { url: string; body: string }[], console: [] as string[], events: [] as string[] };
  const originalFetch = window.fetch;
  const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originalConsole = consoleMethods.map((name) => console[name]);
  const onEvent = (event: Event) => leaks.events.push(`${event.type} ${JSON.stringify((event as CustomEvent).detail)}`);

  beforeEach(() => {
    leaks.fetches = [];
    leaks.console = [];
    leaks.events = [];
    localStorage.clear();
    sessionStorage.clear();
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      leaks.fetches.push({ url, body: typeof init?.body === 'string' ? init.body : '' });
      return originalFetch.call(window, input, init);
    };
    consoleMethods.forEach((name, index) => {
      console[name] = (...args: unknown[]) => {
        leaks.console.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
        (originalConsole[index] as (...a: unknown[]) => void).apply(console, args);
      };
    });
    for (const name of RECORDED) document.addEventListener(name, onEvent);
  });

  afterEach(() => {
    unmountAll();
    window.fetch = originalFetch;
    consoleMethods.forEach((name, index) => { console[name] = originalConsole[index] as never; });
    for (const name of RECORDED) document.removeEventListener(name, onEvent);
  });

  /** Everything but the one POST body: the card number (typed or grouped) and the CVV field must be absent. */
  function expectNoCardOutsideThePost(card: typeof TEST_CARD): void {
    const grouped = card.number.replace(/(\d{4})(?=\d)/g, '$1 ');
    const seen = [
      ...leaks.fetches.map((request) => request.url),
      ...leaks.fetches.filter((request) => !request.url.includes(SIBS_PAYMENT_URL)).map((request) => request.body),
      ...performance.getEntriesByType('resource').map((entry) => entry.name),
      location.href,
      ...leaks.console,
      ...leaks.events,
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
    ];
    for (const text of seen) {
      expect(text, 'no card number').not.to.contain(card.number);
      expect(text, 'no grouped card number').not.to.contain(grouped);
      expect(text, 'no card field').not.to.match(/"(cvv|secureCode|PAN|number)"/);
    }
    const posts = leaks.fetches.filter((request) => request.body.includes(card.number));
    expect(posts.map((request) => new URL(request.url, location.href).pathname), 'the card went to payment-url only').to.deep.equal([SIBS_PAYMENT_URL]);
  }

  it('approved at once: the card only in the POST to the shop', async () => {
    const payment = await mountCardPayment({ provider: 'sibs', 'payment-url': `${SIBS_PAYMENT_URL}?amount=1234`, 'status-url': SIBS_STATUS_URL });
    await payment.fillAndPay(APPROVED_CARD);
    expect((await payment.result()).name).to.equal('pay-success');
    expect(leaks.events.some((line) => line.startsWith('pay-card-submit')), 'pay-card-submit stops at the element').to.equal(false);
    expectNoCardOutsideThePost(APPROVED_CARD);
  });

  it('3-D Secure: neither the redirect URL nor the status reads carry the card', async () => {
    const payment = await mountCardPayment({ provider: 'sibs', 'payment-url': `${SIBS_PAYMENT_URL}?amount=1234`, 'status-url': SIBS_STATUS_URL, redirect: 'host' });
    await payment.fillAndPay(THREE_DS_CARD);
    const redirect = await payment.next('pay-redirect');
    await payment.until(() => leaks.fetches.some((request) => request.url.includes('/merchant/sibs/payment/')), 'a status read', 6000);
    expect(redirect.url).not.to.contain(THREE_DS_CARD.number);
    expectNoCardOutsideThePost(THREE_DS_CARD);
  });
});
