import { expect } from '@open-wc/testing';
import { buildReport, diagnose, policiesFromHeaders } from '../../src/diagnostics/index.js';

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

  // The port-upgrade departures, through diagnose() as a merchant calls it (policies already read).
  const headerPolicies = (csp: string) => policiesFromHeaders(page, new Headers({ 'Content-Security-Policy': csp }), []);
  const KEEPS_PORT = 'Chromium does not let an http:// source with a port allow https:// on that port';

  it('an http://host:port source does not allow https://host:port: fail, and the message says the spec and other browsers may allow it', async () => {
    const hosts = { glomo: { script: ['https://sdk.x.test:8443/sdk.js'] } };
    const report = await diagnose({ providers: 'glomo', hosts, policies: headerPolicies('script-src http://sdk.x.test:8443') });
    const scripts = report.checks.find((check) => check.id === 'csp-script-src')!;
    expect(scripts.status).to.equal('fail');
    expect(scripts.message).to.contain(KEEPS_PORT);
    expect(scripts.message).to.contain('other browsers may too');
    expect(scripts.fix!.missing).to.deep.equal([{ directive: 'script-src', sources: ['https://sdk.x.test:8443'] }]);
  });

  it('for frames not even an explicit http://host:443 allows https://host: fail, with the same note', async () => {
    const csp = 'frame-src http://glomopay-checkout-sdk.web.app:443 https://*.glomopay.com';
    const report = await diagnose({ providers: 'glomo', policies: headerPolicies(csp) });
    const frames = report.checks.find((check) => check.id === 'csp-frame-src')!;
    expect(frames.status).to.equal('fail');
    expect(frames.message).to.contain(KEEPS_PORT);
    expect(frames.message).to.contain('for frames and form posts not even an explicit :443');
  });

  it('an http://host:80 source allows https://host in Chromium: pass, and the message says a stricter browser may block it', async () => {
    const report = await diagnose({ providers: 'payglobe', policies: headerPolicies('script-src http://api.payglobe.it:80') });
    const scripts = report.checks.find((check) => check.id === 'csp-script-src')!;
    expect(scripts.status).to.equal('pass');
    expect(scripts.message).to.contain('Chromium lets an http://host:80 source allow https://host (port 443)');
    expect(scripts.message).to.contain('the CSP specification does not');
  });

  it('no note when nothing departs from the spec', () => {
    const headers = new Headers({ 'Content-Security-Policy': "script-src https://glomopay-checkout-sdk.web.app" });
    const report = buildReport(policiesFromHeaders(page, headers, []), ['glomo']);
    for (const check of report.checks) expect(check.message).not.to.contain('Chromium');
  });
});
