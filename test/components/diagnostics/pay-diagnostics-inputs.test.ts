import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/diagnostics/pay-diagnostics.js';
import type { PayDiagnostics } from '../../../src/components/diagnostics/diagnostics.js';
import type { PayErrorDetail } from '../../../src/core/events.js';
import type { DiagnosticReport } from '../../../src/diagnostics/diagnose.js';
import { policyPageUrl } from '../../support/diagnostics-harness.js';

const page = (delivery: Parameters<typeof policyPageUrl>[0]) => new URL(policyPageUrl(delivery), location.href).href;

/** Mounts `<pay-diagnostics>` from markup and waits for its first pay-error or report. */
async function mount(markup: ReturnType<typeof html>, setup?: (el: PayDiagnostics) => void) {
  const host = document.createElement('div');
  const errors: PayErrorDetail[] = [];
  host.addEventListener('pay-error', (e) => errors.push(e.detail));
  const settled = Promise.race([oneEvent(host, 'pay-error'), oneEvent(host, 'pay-diagnostics-report')]);
  document.body.append(host);
  const el = await fixture<PayDiagnostics>(markup, { parentNode: host });
  setup?.(el);
  await settled;
  await el.updateComplete;
  return { el, errors };
}

const text = (el: PayDiagnostics, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? null;

describe('<pay-diagnostics> with bad or slow input', function () {
  this.timeout(20_000);

  it('shows why a relative url cannot be checked and sends pay-error invalid_config — no spinner', async () => {
    const { el, errors } = await mount(html`<pay-diagnostics providers="glomo" url="/checkout"></pay-diagnostics>`);
    expect(errors).to.have.length(1);
    expect(errors[0]!.code).to.equal('invalid_config');
    expect(errors[0]!.message).to.contain('"/checkout" is not an absolute http(s) URL');
    const alert = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('/checkout');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(el.shadowRoot!.textContent).not.to.contain('Checking');
    await expect(el).to.be.accessible();
    let rejected: unknown;
    await el.refresh().catch((error: unknown) => { rejected = error; });
    expect((rejected as { code?: string }).code).to.equal('invalid_config');
    // The same mistake again says nothing new; fixing it renders the report.
    expect(errors).to.have.length(1);
    const ready = oneEvent(el, 'pay-diagnostics-report');
    el.url = page({});
    await ready;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('li[data-check]').length).to.be.greaterThan(0);
  });

  it('reports a host override without a scheme (set as a property) the same way', async () => {
    const { el, errors } = await mount(html`<pay-diagnostics providers="glomo"></pay-diagnostics>`, (d) => {
      d.url = page({});
      d.hosts = { glomo: { frame: ['*.x.test'] } };
    });
    await el.updateComplete;
    const reasons = errors.map((e) => e.message).join(' ');
    expect(reasons).to.contain('https://*.x.test');
    expect(text(el, '[part="error"]')).to.contain('*.x.test');
  });

  it('renders unknown checks, not a spinner, when the page never answers within timeout-ms', async () => {
    const started = performance.now();
    const { el } = await mount(html`<pay-diagnostics providers="payglobe" timeout-ms="300"></pay-diagnostics>`, (d) => {
      d.fetchImpl = (() => new Promise<Response>(() => undefined)) as typeof fetch;
      d.url = page({});
    });
    expect(performance.now() - started).to.be.lessThan(5000);
    const statuses = [...el.shadowRoot!.querySelectorAll('li[data-check]')].map((li) => li.getAttribute('data-status'));
    expect(new Set(statuses)).to.deep.equal(new Set(['unknown']));
    expect(text(el, '[part="notes"]')).to.contain('no answer within 300 ms');
  });

  it('checks the return page named by return-url', async () => {
    const returnUrl = page({ coop: 'same-origin' });
    const { el } = await mount(html`<pay-diagnostics providers="glomo" url=${page({})} return-url=${returnUrl}></pay-diagnostics>`);
    const coop = el.shadowRoot!.querySelector('li[data-check="coop"]')!;
    expect(coop.getAttribute('data-status')).to.equal('fail');
    expect(coop.querySelector('[part="message"]')!.textContent).to.contain(returnUrl);
    expect(el.report!.returnUrl).to.equal(returnUrl);
  });

  it('takes the return page from a <pay-glomo-checkout callback-url> in the same document', async () => {
    const callback = policyPageUrl({ coop: 'same-origin-allow-popups' });
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <pay-glomo-checkout callback-url=${callback}></pay-glomo-checkout>
    </div>`);
    const el = document.createElement('pay-diagnostics');
    el.providers = 'glomo';
    el.url = page({});
    const ready = oneEvent(el, 'pay-diagnostics-report');
    wrapper.append(el);
    const report: DiagnosticReport = (await ready).detail;
    // The relative attribute is resolved against the document, as the element itself does.
    expect(report.returnUrl).to.equal(new URL(callback, document.baseURI).href);
    expect(report.checks.find((c) => c.id === 'coop')!.status).to.equal('fail');
  });
});
