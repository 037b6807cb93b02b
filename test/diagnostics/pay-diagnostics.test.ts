import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/diagnostics/pay-diagnostics.js';
import type { PayDiagnostics } from '../../src/components/diagnostics/diagnostics.js';
import { policyPageUrl } from '../support/diagnostics-harness.js';
import { diagnosticsMessages } from '../../src/diagnostics/diagnostics.messages.js';
import type { DiagnosticReport } from '../../src/diagnostics/diagnose.js';
import { registerMessages, type Messages } from '../../src/core/messages.js';
import type { PayErrorDetail } from '../../src/core/events.js';
import { announced } from '../support/announcer.js';

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
      'glomo:trusted-types:pass',
      'payglobe:csp-script-src:fail', 'payglobe:csp-frame-src:fail', 'payglobe:csp-connect-src:fail', 'payglobe:trusted-types:pass',
    ]);
    expect(items[0]!.querySelector('[part="status"]')!.textContent).to.equal('Fail');
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal('Failing: 7, warnings: 0, unknown: 0, passing: 3.');
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
      await announced(el, { said: true });
      expect(copied).to.equal(`add_header Content-Security-Policy "script-src 'self' https://api.payglobe.it" always;`);
      const live = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(live.textContent!.trim()).to.equal('Copied');
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('offers the CORS explanation from every API-call check, as a reachable section with the guide’s three steps', async () => {
    const el = await render(page({}), 'glomo payglobe');
    const root = el.shadowRoot!;
    const cors = root.querySelector<HTMLElement>('[part="cors"]')!;
    // In the outline: a level-3 heading under the element's level-2 title, naming the section.
    const headings = [...root.querySelectorAll('h2, h3')].map((h) => h.tagName);
    expect(headings.slice(0, 2)).to.deep.equal(['H2', 'H3']);
    const heading = root.getElementById(cors.getAttribute('aria-labelledby')!)!;
    expect(heading.tagName).to.equal('H3');
    expect(heading.textContent).to.equal(diagnosticsMessages['diagnostics.cors.title']);
    // The guide's steps, in order, as an ordered list.
    expect([...cors.querySelectorAll(':scope > ol > li')].map((li) => li.textContent)).to.deep.equal([
      diagnosticsMessages['diagnostics.cors.step1'], diagnosticsMessages['diagnostics.cors.step2'], diagnosticsMessages['diagnostics.cors.step3'],
    ]);
    // Linked from each provider's API-call check, and only from those.
    const links = [...root.querySelectorAll<HTMLButtonElement>('[part="cors-link"]')];
    expect(links.map((b) => b.closest('li[data-check]')!.getAttribute('data-check'))).to.deep.equal(['csp-connect-src', 'csp-connect-src']);
    expect(links.map((b) => b.closest('li[data-check]')!.getAttribute('data-provider'))).to.deep.equal(['glomo', 'payglobe']);
    for (const link of links) expect(link.getAttribute('aria-controls')).to.equal(cors.id);
    links[1]!.click();
    expect(root.activeElement).to.equal(heading);
    await expect(el).to.be.accessible();
  });

  it('leaves the CORS explanation out when no checked provider makes API calls', async () => {
    const el = await render(page({}), 'payglocal sibs');
    expect(el.shadowRoot!.querySelector('[part="cors"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="cors-link"]')).to.equal(null);
  });

  it('takes every visible and announced text from the catalog (pseudo-locale)', async () => {
    const pseudo = Object.fromEntries(Object.entries(diagnosticsMessages).map(([key, value]) => [key, `⟦${value}⟧`]));
    registerMessages('en-XA', pseudo as Partial<Messages>);
    const el = document.createElement('pay-diagnostics');
    el.setAttribute('lang', 'en-XA');
    el.url = page({ csp: ["default-src 'self'"], coop: 'same-origin', meta: ["script-src 'self'"] });
    el.providers = 'glomo payglobe';
    const ready = oneEvent(el, 'pay-diagnostics-report');
    await fixture(html`<div>${el}</div>`);
    await ready;
    const root = el.shadowRoot!;
    for (const details of root.querySelectorAll('details')) details.open = true;
    await el.updateComplete;
    expect(root.querySelectorAll('[part="snippet"]').length, 'fixes rendered').to.be.greaterThan(0);
    expect(root.querySelectorAll('[data-copy="meta"]').length, 'a meta fix rendered').to.be.greaterThan(0);
    // Strip bracketed messages (innermost first: provider names nest inside sentences); nothing may remain.
    const outside = (text: string) => {
      let rest = text;
      for (let prev = ''; prev !== rest;) [prev, rest] = [rest, rest.replace(/⟦[^⟦⟧]*⟧/g, '')];
      return rest.trim();
    };
    const stray: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent?.closest('style, pre, code')) continue;
      if (outside(node.textContent ?? '')) stray.push(node.textContent!);
    }
    for (const element of root.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = element.getAttribute(name);
        if (value !== null && outside(value)) stray.push(`${name}="${value}"`);
      }
    }
    expect(stray).to.deep.equal([]);
    // The copy confirmation is announced in the locale too.
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
    try {
      root.querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
      await announced(el, { said: true });
      expect(root.querySelector('[role="status"]')!.textContent!.trim()).to.equal('⟦Copied⟧');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('reports unknown provider names once through pay-error, and still checks the known ones', async () => {
    const el = document.createElement('pay-diagnostics');
    el.url = page({});
    el.providers = 'glomo nope';
    const errors: PayErrorDetail[] = [];
    el.addEventListener('pay-error', (e) => errors.push(e.detail));
    const ready = oneEvent(el, 'pay-diagnostics-report');
    await fixture(html`<div>${el}</div>`);
    const report = (await ready).detail as DiagnosticReport;
    expect(new Set(report.checks.map((c) => c.provider))).to.deep.equal(new Set(['glomo']));
    expect(errors).to.have.length(1);
    expect(errors[0]!.code).to.equal('invalid_config');
    expect(errors[0]!.message).to.contain('nope');
    // The same bad name again: no second event; a new one: one more event naming it.
    el.providers = 'payglobe NOPE nope';
    await el.updateComplete;
    el.providers = 'glomo nope';
    await el.updateComplete;
    expect(errors).to.have.length(1);
    el.providers = 'glomo nope zap';
    await el.updateComplete;
    expect(errors).to.have.length(2);
    expect(errors[1]!.message).to.contain('zap');
    el.providers = 'glomo payglobe';
    await el.updateComplete;
    expect(errors).to.have.length(2);
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
