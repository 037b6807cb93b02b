import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { PayDiagnostics } from '../../src/react/index.js';
import { PayDiagnostics as PayDiagnosticsElement } from '../../src/components/diagnostics/diagnostics.js';
import type { DiagnosticReport } from '../../src/diagnostics/diagnose.js';
import { policyPageUrl } from '../support/diagnostics-harness.js';
import { cleanup, render, watchReactErrors } from './render.js';

describe('React <PayDiagnostics>', function () {
  this.timeout(20_000);
  watchReactErrors();
  afterEach(async () => {
    expect(await cleanup(), 'React console errors').to.deep.equal([]);
  });

  it('defines <pay-diagnostics> by being imported', () => {
    expect(customElements.get('pay-diagnostics')).to.equal(PayDiagnosticsElement);
  });

  it('renders the checklist and hands the report to onPayDiagnosticsReport', async () => {
    const url = new URL(policyPageUrl({ csp: ["default-src 'self'"], coop: 'same-origin' }), location.href).href;
    const fetched: string[] = [];
    // A function prop (no attribute) must reach the element as a property.
    const fetchImpl: typeof fetch = (input, init) => {
      fetched.push(String(input));
      return fetch(input, init);
    };
    let onPayDiagnosticsReport!: (event: CustomEvent<DiagnosticReport>) => void;
    const reported = new Promise<DiagnosticReport>((resolve) => {
      onPayDiagnosticsReport = (event) => resolve(event.detail);
    });
    const rendered = await render(createElement(PayDiagnostics, { providers: 'glomo', url, fetchImpl, onPayDiagnosticsReport }));
    const report = await reported;

    const element = rendered.container.querySelector('pay-diagnostics')!;
    expect(element).to.be.instanceOf(PayDiagnosticsElement);
    expect(fetched).to.deep.equal([url]);
    expect(report.checks.map((check) => `${check.id}:${check.status}`)).to.deep.equal([
      'coop:fail', 'csp-script-src:fail', 'csp-frame-src:fail', 'csp-connect-src:fail', 'csp-form-action:pass', 'trusted-types:pass',
    ]);
    await element.updateComplete;
    const items = [...element.shadowRoot!.querySelectorAll('li[data-check]')];
    expect(items.map((li) => li.getAttribute('data-check'))).to.deep.equal(report.checks.map((check) => check.id));
  });
});
