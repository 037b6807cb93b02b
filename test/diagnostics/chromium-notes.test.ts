import { expect } from '@open-wc/testing';
import { buildReport, policiesFromHeaders } from '../../src/diagnostics/index.js';

/**
 * Where a verdict rests on Chromium departing from the CSP text, the report says other browsers
 * may decide the other way (the evaluator predicts Chromium; test/diagnostics/differential.test.ts
 * proves the predictions against the real browser).
 */
describe('diagnostics: notes where Chromium departs from the spec', () => {
  const page = 'https://shop.example/checkout';

  it('a comma in a <meta> policy: the split policy decides, and the message says so', () => {
    // Chromium reads "script-src 'self' X, script-src X" as two policies: the second blocks 'self'-only sources too.
    const meta = "script-src 'self' https://glomopay-checkout-sdk.web.app, frame-src 'none'";
    const report = buildReport(policiesFromHeaders(page, new Headers(), [meta]), ['glomo']);
    const frames = report.checks.find((check) => check.id === 'csp-frame-src')!;
    expect(frames.status, 'the frame-src part after the comma is a policy of its own').to.equal('fail');
    expect(frames.message).to.contain('Chromium reads the comma in your <meta> Content-Security-Policy as the start of a second policy');
  });

  it('a query in a source path is ignored by Chromium, and the message says other browsers may ignore the source', () => {
    const headers = new Headers({ 'Content-Security-Policy': "script-src https://glomopay-checkout-sdk.web.app/?v=1" });
    const report = buildReport(policiesFromHeaders(page, headers, []), ['glomo']);
    const scripts = report.checks.find((check) => check.id === 'csp-script-src')!;
    expect(scripts.status).to.equal('pass');
    expect(scripts.message).to.match(/Chromium ignores the query or fragment in a source \(script-src\)/);
  });

  it('no note when nothing departs from the spec', () => {
    const headers = new Headers({ 'Content-Security-Policy': "script-src https://glomopay-checkout-sdk.web.app" });
    const report = buildReport(policiesFromHeaders(page, headers, []), ['glomo']);
    for (const check of report.checks) expect(check.message).not.to.contain('Chromium');
  });
});
