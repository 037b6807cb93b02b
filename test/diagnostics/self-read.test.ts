import { expect } from '@open-wc/testing';
import { diagnoseInPage, requestLog } from './in-page.js';
import { NONCE_PLACEHOLDER } from '../../src/diagnostics/report-fix.js';

const statuses = (report: { checks: { id: string; status: string }[] }) => report.checks.map((c) => `${c.id}:${c.status}`);

describe('diagnose() reading the page it runs in, in Chromium', function () {
  this.timeout(30_000);

  it('recovers the policy from the violation report when the page’s own connect-src blocks reading its headers', async () => {
    const csp = "script-src 'self'; connect-src 'none'; frame-src 'self'";
    const { report, error } = await diagnoseInPage({ csp: [csp] }, { providers: 'glomo' });
    expect(error).to.equal(undefined);
    expect(report!.headersReadable).to.equal(false);
    // Judged from the recovered policy, not all unknown; COOP is not in a violation report.
    expect(statuses(report!)).to.deep.equal([
      'coop:unknown', 'csp-script-src:fail', 'csp-frame-src:fail', 'csp-connect-src:fail', 'csp-form-action:pass', 'trusted-types:pass',
    ]);
    expect(report!.checks.find((c) => c.id === 'csp-connect-src')!.fix!.missing)
      .to.deep.equal([{ directive: 'connect-src', sources: ['https://glomopay-checkout-sdk.web.app', 'https://*.glomopay.com'] }]);
    // The merged fix is built on the recovered policy: everything else of it kept.
    expect(report!.fix!.headers).to.deep.equal([{
      name: 'Content-Security-Policy',
      value: "script-src 'self' https://glomopay-checkout-sdk.web.app; connect-src https://glomopay-checkout-sdk.web.app https://*.glomopay.com; "
        + "frame-src 'self' https://glomopay-checkout-sdk.web.app https://*.glomopay.com",
    }]);
    expect(report!.notes.join(' ')).to.match(/connect-src blocked reading its own headers/);
  });

  it('recovers every blocking policy of several, and keeps a meta policy once', async () => {
    const { report } = await diagnoseInPage({ csp: ["connect-src 'self' https://api.payglobe.it", "connect-src 'none'"], meta: ["script-src 'self'"] }, { providers: 'payglobe' });
    // Only the second header policy blocks the self-read: it alone is recovered, and it blocks the API too.
    expect(statuses(report!)).to.deep.equal(['csp-script-src:fail', 'csp-frame-src:pass', 'csp-connect-src:fail', 'trusted-types:pass']);
    expect(report!.checks[0]!.fix!.meta).to.deep.equal(["script-src 'self' https://api.payglobe.it"]);
  });

  it('never copies the page’s per-response nonce into the fix: a placeholder and a note instead', async () => {
    const csp = "script-src 'nonce-Zm9vYmFyMTIz' 'strict-dynamic'; connect-src 'none'";
    const { report } = await diagnoseInPage({ csp: [csp] }, { providers: 'glomo' }, { nonce: 'Zm9vYmFyMTIz' });
    const all = JSON.stringify(report!.fix);
    expect(all).not.to.contain('Zm9vYmFyMTIz');
    expect(report!.fix!.headers[0]!.value).to.contain(`script-src ${NONCE_PLACEHOLDER} 'strict-dynamic'`);
    for (const snippet of report!.fix!.snippets) expect(snippet.code).to.contain('nonce-{RANDOM_PER_RESPONSE}');
    expect(report!.fix!.summary).to.contain('per-response nonce');
    const connect = report!.checks.find((c) => c.id === 'csp-connect-src')!;
    expect(connect.fix!.summary).to.contain('per-response nonce');
  });

  it('reads a page reached by a form POST with one HEAD request: the POST is never repeated and no GET is sent', async () => {
    const log = `post-${Math.random()}`;
    const { report } = await diagnoseInPage({ csp: ["frame-src 'none'"] }, { providers: 'payglobe' }, { post: true, query: { log } });
    expect(report!.headersReadable).to.equal(true);
    expect(statuses(report!)).to.deep.equal(['csp-script-src:pass', 'csp-frame-src:fail', 'csp-connect-src:pass', 'trusted-types:pass']);
    const methods = (await requestLog(log)).map((r) => r.method);
    expect(methods).to.deep.equal(['POST', 'HEAD']);
    expect(report!.notes[0]).to.match(/HEAD request/);
    // The URL carries a query string: the report says what a HEAD may still do.
    expect(report!.notes.join(' ')).to.match(/one-time token/);
  });

  it('reads probeUrl instead of the page when given: the page itself is requested once only', async () => {
    const log = `probe-${Math.random()}`;
    const probeLog = `probe-target-${Math.random()}`;
    const probeUrl = new URL(`/__diag/policy?log=${probeLog}&csp=${encodeURIComponent("script-src 'none'")}`, location.href).href;
    const { report } = await diagnoseInPage({ csp: ["script-src 'self'"] }, { providers: 'payglobe', probeUrl }, { query: { log, token: 'one-time-123' } });
    expect((await requestLog(log)).map((r) => r.method)).to.deep.equal(['GET']);
    expect((await requestLog(probeLog)).map((r) => r.method)).to.deep.equal(['HEAD']);
    // The probe's headers are the ones judged (script-src 'none'), and the report names it.
    expect(report!.checks[0]!.message).to.contain('script');
    expect(report!.checks[0]!.status).to.equal('fail');
    expect(report!.notes.join(' ')).to.contain(probeUrl);
    expect(report!.notes.join(' ')).not.to.match(/one-time token/);
  });

  it('says it could not read the headers without requesting the page again when HEAD is refused', async () => {
    const { report } = await diagnoseInPage({}, { providers: 'payglobe', probeUrl: new URL('/__diag/missing-page', location.href).href });
    expect(new Set(report!.checks.filter((c) => c.id !== 'trusted-types').map((c) => c.status))).to.deep.equal(new Set(['unknown']));
    expect(report!.notes.join(' ')).to.match(/could not be read without requesting it again \(HEAD answered 404\)/);
  });

  it('rejects a probeUrl on another origin with invalid_config', async () => {
    const { error } = await diagnoseInPage({}, { providers: 'payglobe', probeUrl: 'https://elsewhere.example/' });
    expect(error!.code).to.equal('invalid_config');
    expect(error!.message).to.contain('probeUrl');
  });
});
