import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/diagnostics/pay-diagnostics.js';
import type { PayDiagnostics } from '../../src/components/diagnostics/diagnostics.js';
import { policyPageUrl } from '../support/diagnostics-harness.js';

const page = (delivery: Parameters<typeof policyPageUrl>[0]) => new URL(policyPageUrl(delivery), location.href).href;

async function render(url: string, providers = 'glomo payglobe'): Promise<PayDiagnostics> {
  const el = document.createElement('pay-diagnostics');
  el.url = url;
  el.providers = providers;
  const ready = oneEvent(el, 'pay-diagnostics-report');
  await fixture(html`<div>${el}</div>`);
  await ready;
  return el;
}

describe('<pay-diagnostics>', function () {
  this.timeout(20_000);

  it('renders every check as an accessible checklist item with its status in words', async () => {
    const el = await render(page({ csp: ["default-src 'self'"], coop: 'same-origin' }));
    const items = [...el.shadowRoot!.querySelectorAll('li[data-check]')];
    expect(items.map((li) => `${li.getAttribute('data-provider')}:${li.getAttribute('data-check')}:${li.getAttribute('data-status')}`)).to.deep.equal([
      'glomo:coop:fail', 'glomo:csp-script-src:fail', 'glomo:csp-frame-src:fail', 'glomo:csp-connect-src:fail', 'glomo:csp-form-action:pass',
      'payglobe:csp-script-src:fail', 'payglobe:csp-frame-src:fail', 'payglobe:csp-connect-src:fail',
    ]);
    expect(items[0]!.querySelector('[part="status"]')!.textContent).to.equal('Fail');
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal('7 failing, 0 warnings, 0 unknown, 1 passing.');
    await expect(el).to.be.accessible();
  });

  it('is accessible with the fixes open', async () => {
    const el = await render(page({ csp: ["script-src 'none'"] }), 'payglobe');
    for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
    await expect(el).to.be.accessible();
  });

  it('copies a fix with the Clipboard API and confirms it in a live region', async () => {
    const el = await render(page({ csp: ["script-src 'self'"] }), 'payglobe');
    let copied = '';
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => { copied = text; } } });
    try {
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-server="nginx"] button')!;
      expect(button.getAttribute('aria-label')).to.contain('Nginx');
      button.click();
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect(copied).to.equal(`add_header Content-Security-Policy "script-src 'self' https://api.payglobe.it" always;`);
      const live = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(live.textContent!.trim()).to.equal('Copied');
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('explains a CORS error on the provider API as the likely work of a browser extension', async () => {
    const el = await render(page({}), 'glomo');
    const cors = el.shadowRoot!.querySelector('[part="cors"]')!;
    expect(cors.querySelector('h3')!.textContent).to.equal('A CORS error on the provider’s API');
    expect(cors.textContent).to.contain('browser extension');
    expect(cors.querySelectorAll('ol li')).to.have.length(3);
    expect(cors.textContent).to.contain('incognito');
  });

  it('shows unknown when the headers cannot be read', async () => {
    const el = document.createElement('pay-diagnostics');
    el.providers = 'glomo';
    el.url = page({});
    el.fetchImpl = (() => Promise.reject(new TypeError('no'))) as typeof fetch;
    const ready = oneEvent(el, 'pay-diagnostics-report');
    await fixture(html`<div>${el}</div>`);
    await ready;
    const statuses = [...el.shadowRoot!.querySelectorAll('li[data-check]')].map((li) => li.getAttribute('data-status'));
    expect(new Set(statuses)).to.deep.equal(new Set(['unknown']));
    await expect(el).to.be.accessible();
  });
});
