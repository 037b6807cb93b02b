// This page gets a meta policy of its own (blocking fetches to the provider "API" host), so
// it lives in its own file: the policy stays on this test page only.
import { expect } from '@open-wc/testing';
import { watchViolations, type AttributedViolation } from '../../src/diagnostics/violations.js';
import { explainFailure } from '../../src/diagnostics/explain.js';
import { serverConfig } from '../support/diagnostics-harness.js';

describe('watchViolations() and explainFailure()', function () {
  this.timeout(20_000);
  let api = '';
  let hosts: Parameters<typeof watchViolations>[1];

  before(async () => {
    const { ports } = await serverConfig();
    api = `http://localhost:${ports[0]}`;
    hosts = { glomo: { connect: [api], script: [`http://localhost:${ports[1]}/sdk.js`] } };
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "connect-src 'self' ws: wss:";
    document.head.append(meta);
  });

  it('attributes a blocked API call to its provider by directive and URL', async () => {
    const seen: AttributedViolation[] = [];
    const watch = watchViolations((v) => seen.push(v), hosts);
    await fetch(`${api}/__diag/r/api?k=api`).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
    watch.stop();
    const mine = seen.find((v) => v.blockedURI.startsWith(api));
    expect(mine, JSON.stringify(seen)).to.include({ provider: 'glomo', type: 'connect', effectiveDirective: 'connect-src', disposition: 'enforce' });
    expect(watch.violations().some((v) => v.provider === 'glomo')).to.equal(true);
  });

  it('leaves violations of unknown hosts unattributed', async () => {
    const seen: AttributedViolation[] = [];
    const watch = watchViolations((v) => seen.push(v), hosts);
    await fetch('http://127.0.0.1:1/elsewhere').catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
    watch.stop();
    expect(seen.find((v) => v.blockedURI.includes('127.0.0.1'))?.provider).to.equal(null);
  });

  it('names the failing check and its fix for a provider element', async () => {
    const explanation = await explainFailure('glomo', 'api_blocked', { hosts });
    expect(explanation!.check.id).to.equal('csp-connect-src');
    expect(explanation!.check.status).to.equal('fail');
    expect(explanation!.check.fix!.missing).to.deep.equal([{ directive: 'connect-src', sources: [api] }]);
    expect(explanation!.message).to.contain(api);
    expect(explanation!.check.fix!.meta[0]).to.equal(`connect-src 'self' ws: wss: ${api}`);
  });

  it('returns null when the policies explain nothing', async () => {
    expect(await explainFailure('glomo', 'sdk_load_failed', { hosts })).to.equal(null);
  });
});

describe('diagnose() with violations seen on this page', function () {
  this.timeout(20_000);

  it('fails a check the browser itself blocked, even when the headers cannot be read', async () => {
    const { ports } = await serverConfig();
    const api = `http://localhost:${ports[0]}`;
    const hosts = { payglobe: { connect: [api] } };
    await fetch(`${api}/__diag/r/api?k=api&c=seen`).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
    const { diagnose } = await import('../../src/diagnostics/diagnose.js');
    const fetchImpl = (() => Promise.reject(new TypeError('no'))) as typeof fetch;
    const report = await diagnose({ providers: 'payglobe', hosts, fetchImpl, metaContents: [] });
    const check = report.checks.find((c) => c.id === 'csp-connect-src')!;
    expect(check.status).to.equal('fail');
    expect(check.message).to.contain('the browser blocked');
    expect(check.fix!.missing).to.deep.equal([{ directive: 'connect-src', sources: [api] }]);
    expect(report.checks.find((c) => c.id === 'csp-script-src')!.status).to.equal('unknown');
  });
});
