import { expect } from '@open-wc/testing';
import { diagnose, buildReport } from '../../src/diagnostics/diagnose.js';
import { policiesFromHeaders } from '../../src/diagnostics/read-policies.js';
import { mergedPolicyValue } from '../../src/diagnostics/fixes.js';
import { parseSerializedPolicy } from '../../src/diagnostics/csp-parse.js';
import { requirementFor, type HostOverrides } from '../../src/diagnostics/requirements.js';
import { policyPageUrl, runProbes, serverConfig } from '../support/diagnostics-harness.js';

const page = (delivery: Parameters<typeof policyPageUrl>[0]) => new URL(policyPageUrl(delivery), location.href).href;

describe('diagnose()', function () {
  this.timeout(20_000);

  it('passes every Glomo check on a page without policies', async () => {
    const report = await diagnose({ providers: 'glomo', url: page({}) });
    expect(report.checks.map((c) => `${c.id}:${c.status}`)).to.deep.equal([
      'coop:pass', 'csp-script-src:pass', 'csp-frame-src:pass', 'csp-connect-src:pass', 'csp-form-action:pass', 'trusted-types:pass',
    ]);
    expect(report.fix).to.equal(null);
  });

  it('fails with the exact missing sources per directive, for the documented Glomo hosts', async () => {
    const csp = "default-src 'self'; script-src 'self' 'unsafe-inline'; img-src *; form-action 'self'";
    const report = await diagnose({ providers: ['glomo'], url: page({ csp: [csp] }) });
    const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));
    expect(byId['csp-script-src']!.status).to.equal('fail');
    expect(byId['csp-script-src']!.fix!.missing).to.deep.equal([{ directive: 'script-src', sources: ['https://glomopay-checkout-sdk.web.app'] }]);
    expect(byId['csp-frame-src']!.fix!.missing).to.deep.equal([{ directive: 'frame-src', sources: ['https://glomopay-checkout-sdk.web.app', 'https://*.glomopay.com'] }]);
    expect(byId['csp-connect-src']!.fix!.missing).to.deep.equal([{ directive: 'connect-src', sources: ['https://glomopay-checkout-sdk.web.app', 'https://*.glomopay.com'] }]);
    expect(byId['csp-form-action']!.fix!.missing).to.deep.equal([{ directive: 'form-action', sources: ['https://secure.glomopay.com'] }]);
    // Merged, not replaced: img-src and 'unsafe-inline' survive; new directives copy default-src.
    expect(report.fix!.headers).to.deep.equal([{
      name: 'Content-Security-Policy',
      value: "default-src 'self'; script-src 'self' 'unsafe-inline' https://glomopay-checkout-sdk.web.app; img-src *; "
        + "form-action 'self' https://secure.glomopay.com; frame-src 'self' https://glomopay-checkout-sdk.web.app https://*.glomopay.com; "
        + "connect-src 'self' https://glomopay-checkout-sdk.web.app https://*.glomopay.com",
    }]);
    const servers = report.fix!.snippets.map((s) => s.server);
    expect(servers).to.deep.equal(['apache', 'nginx', 'express', 'nextjs', 'django', 'rails', 'iis', 'aspnetcore']);
    for (const snippet of report.fix!.snippets) expect(snippet.code).to.contain('https://*.glomopay.com');
    expect(byId['csp-script-src']!.message).to.contain('https://glomopay-checkout-sdk.web.app');
  });

  it('gives merged fixes that Chromium then actually allows (hosts overridden to local servers)', async () => {
    const { ports } = await serverConfig();
    const p1 = `http://localhost:${ports[0]}`;
    const p2 = `http://localhost:${ports[1]}`;
    const hosts: HostOverrides = {
      glomo: { script: [`${p1}/__diag/r/sdk.js`], frame: [`http://*.localhost:${ports[0]}`], connect: [`${p2}/__diag/r/api`], form: [`${p2}/__diag/r/pay`] },
    };
    const original = [`default-src 'self'; form-action 'self'`, `script-src 'self' ${p2}; connect-src 'none'`];
    const before = await diagnose({ providers: 'glomo', hosts, url: page({ csp: original }) });
    expect(before.checks.filter((c) => c.id !== 'coop').map((c) => c.status)).to.deep.equal(['fail', 'fail', 'fail', 'fail', 'pass']);
    expect(before.checks.find((c) => c.id === 'csp-frame-src')!.fix!.missing).to.deep.equal([{ directive: 'frame-src', sources: [`http://*.localhost:${ports[0]}`] }]);
    const merged = before.fix!.headers[0]!.value;
    const fixedDelivery = { joined: [merged] };
    const after = await diagnose({ providers: 'glomo', hosts, url: page(fixedDelivery) });
    expect(after.checks.map((c) => c.status)).to.deep.equal(['pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
    const results = await runProbes(fixedDelivery, [
      { id: 'm1', type: 'script', url: `${p1}/__diag/r/sdk.js` },
      { id: 'm2', type: 'frame', url: `http://a.localhost:${ports[0]}/__diag/r/f` },
      { id: 'm3', type: 'connect', url: `${p2}/__diag/r/api` },
      { id: 'm4', type: 'form', url: `${p2}/__diag/r/pay` },
    ]);
    expect(results.map((r) => r.blocked)).to.deep.equal([false, false, false, false]);
  });

  it('warns (never fails) when only a report-only policy would block', async () => {
    const report = await diagnose({ providers: 'payglobe', url: page({ ro: ["default-src 'self'"] }) });
    expect(report.checks.map((c) => c.status)).to.deep.equal(['warn', 'warn', 'warn', 'pass']);
    expect(report.checks[0]!.fix!.headers[0]!.name).to.equal('Content-Security-Policy-Report-Only');
    expect(report.fix).to.equal(null);
  });

  it('fixes a blocking meta policy by its tag', async () => {
    const report = await diagnose({ providers: 'payglobe', url: page({}), metaContents: ["script-src 'self'"] });
    const check = report.checks.find((c) => c.id === 'csp-script-src')!;
    expect(check.status).to.equal('fail');
    expect(check.fix!.meta).to.deep.equal(["script-src 'self' https://api.payglobe.it"]);
    expect(check.fix!.headers).to.deep.equal([]);
  });

  it('says unknown, never pass, when the headers cannot be read (cross-origin, no CORS)', async () => {
    const { ports } = await serverConfig();
    const report = await diagnose({ providers: 'glomo payglobe', url: `http://localhost:${ports[0]}/__diag/policy` });
    expect(report.headersReadable).to.equal(false);
    expect(new Set(report.checks.map((c) => c.status))).to.deep.equal(new Set(['unknown']));
  });

  it('says unknown, never pass, for a cross-origin page that allows CORS but does not expose its policy headers', async () => {
    const { ports } = await serverConfig();
    const url = `http://localhost:${ports[0]}${policyPageUrl({ csp: ["default-src 'self'"], coop: 'same-origin' }, { cors: '1' })}`;
    const report = await diagnose({ providers: 'glomo payglobe', url });
    expect(report.headersReadable).to.equal(false);
    expect(new Set(report.checks.map((c) => c.status))).to.deep.equal(new Set(['unknown']));
  });

  it('still fails on a policy a cross-origin page exposes, while the checks it allows stay unknown', async () => {
    const { ports } = await serverConfig();
    const delivery = { csp: ["script-src 'self'"] };
    const url = `http://localhost:${ports[0]}${policyPageUrl(delivery, { cors: '1', expose: 'Content-Security-Policy' })}`;
    const report = await diagnose({ providers: 'payglobe', url });
    expect(report.headersReadable).to.equal(false);
    expect(report.checks.map((c) => `${c.id}:${c.status}`)).to.deep.equal(['csp-script-src:fail', 'csp-frame-src:unknown', 'csp-connect-src:unknown', 'trusted-types:unknown']);
  });

  it('says unknown when fetch fails, but still fails on a blocking meta policy', async () => {
    const fetchImpl = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const report = await diagnose({ providers: 'payglobe', url: page({}), fetchImpl, metaContents: ["connect-src 'self'"] });
    expect(report.checks.map((c) => `${c.id}:${c.status}`)).to.deep.equal(['csp-script-src:unknown', 'csp-frame-src:unknown', 'csp-connect-src:fail', 'trusted-types:unknown']);
  });

  it('reads this document (its URL and its meta tags) by default', async () => {
    const report = await diagnose({ providers: 'payglocal sibs' });
    expect(report.url).to.equal(location.href.split('#')[0]);
    expect(report.checks.map((c) => `${c.provider}:${c.id}:${c.status}`)).to.deep.equal([
      'payglocal:csp-form-action:pass', 'payglocal:trusted-types:pass', 'sibs:csp-form-action:pass', 'sibs:trusted-types:pass',
    ]);
  });

  it('builds the same report synchronously from headers (what the doctor uses)', () => {
    const headers = new Headers({ 'content-security-policy': "frame-src 'none'", 'cross-origin-opener-policy': 'same-origin' });
    const report = buildReport(policiesFromHeaders('https://shop.example/', headers, []), ['glomo']);
    expect(report.checks.filter((c) => c.status === 'fail').map((c) => c.id)).to.deep.equal(['coop', 'csp-frame-src']);
    expect(report.checks.find((c) => c.id === 'csp-frame-src')!.fix!.headers[0]!.value)
      .to.equal('frame-src https://glomopay-checkout-sdk.web.app https://*.glomopay.com');
  });

  it('takes provider hosts from the documents and lets them be overridden', () => {
    // glomo-checkout-sdk.md, "Content Security Policy": the hosts to allow, per its table.
    const glomoDocHosts = ['https://glomopay-checkout-sdk.web.app', 'https://*.glomopay.com'];
    // payglobe.md: `<script src="https://api.payglobe.it/paymentgw/js/payglobe.js">`, API calls on
    // that host, and the hosted page `redirectUrl` https://paymentpage.igfs.payglobe.com framed.
    const report = buildReport(policiesFromHeaders('https://shop.example/', new Headers({ 'content-security-policy': "default-src 'self'" }), []), ['glomo', 'payglobe']);
    const missing = (provider: string, id: string) => report.checks.find((c) => c.provider === provider && c.id === id)!.fix!.missing.flatMap((m) => m.sources);
    for (const id of ['csp-frame-src', 'csp-connect-src']) expect(missing('glomo', id)).to.include.members(glomoDocHosts);
    expect(missing('glomo', 'csp-script-src')).to.include(glomoDocHosts[0]);
    expect(missing('payglobe', 'csp-script-src')).to.deep.equal(['https://api.payglobe.it']);
    expect(missing('payglobe', 'csp-connect-src')).to.deep.equal(['https://api.payglobe.it']);
    expect(missing('payglobe', 'csp-frame-src')).to.deep.equal(['https://paymentpage.igfs.payglobe.com']);
    const over = requirementFor('payglobe', { payglobe: { script: ['http://127.0.0.1:9000/payglobe.js'] } });
    expect(over.sources.script).to.deep.equal([{ probe: 'http://127.0.0.1:9000/payglobe.js', source: 'http://127.0.0.1:9000' }]);
    expect(over.sources.connect![0]!.source).to.equal('https://api.payglobe.it');
  });

  it('turns child-src and default-src fallbacks into an explicit frame-src when merging', () => {
    const policy = parseSerializedPolicy("child-src 'self' blob:; default-src 'none'");
    expect(mergedPolicyValue(policy, [{ type: 'frame', sources: ['https://x.test'] }]))
      .to.equal("child-src 'self' blob:; default-src 'none'; frame-src 'self' blob: https://x.test");
    expect(mergedPolicyValue(parseSerializedPolicy("connect-src 'none'"), [{ type: 'connect', sources: ['https://a.test'] }]))
      .to.equal('connect-src https://a.test');
  });
});
