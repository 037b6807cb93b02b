import { expect } from '@open-wc/testing';
import { evaluateRequest, type RequestType } from '../../src/diagnostics/csp-evaluate.js';
import { readPolicies } from '../../src/diagnostics/read-policies.js';
import { policyPageUrl, runProbes, serverConfig, type PolicyDelivery } from '../support/diagnostics-harness.js';

type Expect = 'allowed' | 'blocked';

/** Runs the probes in Chromium and through the evaluator (on the page's real headers); both must match `expected`. */
async function check(delivery: PolicyDelivery, cases: [RequestType, string, Expect][]) {
  const pageUrl = new URL(policyPageUrl(delivery), location.href).href;
  const policies = await readPolicies({ url: pageUrl, metaFromBody: true });
  const results = await runProbes(delivery, cases.map(([type, url], i) => ({ id: `s${i}`, type, url })));
  const browser = results.map((r) => (r.timedOut ? 'timeout' : r.blocked ? 'blocked' : 'allowed'));
  const ours = cases.map(([type, url]) => (evaluateRequest(policies.csp, { type, url }, new URL(pageUrl)).allowed ? 'allowed' : 'blocked'));
  const expected = cases.map(([, , e]) => e);
  expect(browser, 'Chromium').to.deep.equal(expected);
  expect(ours, 'evaluator').to.deep.equal(expected);
  return { policies, results };
}

describe('CSP scenarios, in Chromium and in the evaluator', function () {
  this.timeout(20_000);
  let self = '';
  let p1 = '';
  let p2 = '';
  let sub = '';
  let subsub = '';
  before(async () => {
    const { port, ports } = await serverConfig();
    self = `http://localhost:${port}`;
    p1 = `http://localhost:${ports[0]}`;
    p2 = `http://localhost:${ports[1]}`;
    sub = `http://a.localhost:${ports[0]}`;
    subsub = `http://b.a.localhost:${ports[0]}`;
  });
  const r = (origin: string) => `${origin}/__diag/r/sdk.js`;

  it('enforces a header policy and a meta policy together (both must allow)', async () => {
    const { policies } = await check({ csp: [`script-src 'self' ${p1}`], meta: [`script-src ${p1} ${p2}`] }, [
      ['script', r(self), 'blocked'], ['script', r(p1), 'allowed'], ['script', r(p2), 'blocked'],
    ]);
    expect(policies.csp.map((p) => p.source)).to.deep.equal(['header', 'meta']);
  });

  it('splits comma-joined policies in one header line into separate policies', async () => {
    const { policies } = await check({ joined: [`connect-src 'self' ${p1}`, `connect-src ${p1} ${p2}`] }, [
      ['connect', r(self), 'blocked'], ['connect', r(p1), 'allowed'], ['connect', r(p2), 'blocked'],
    ]);
    expect(policies.csp).to.have.length(2);
  });

  it('reads two Content-Security-Policy header lines as two policies', async () => {
    const { policies } = await check({ csp: [`frame-src ${p1} ${p2}`, `frame-src ${p2}`] }, [
      ['frame', r(p1), 'blocked'], ['frame', r(p2), 'allowed'],
    ]);
    expect(policies.csp).to.have.length(2);
  });

  it('only reports under Content-Security-Policy-Report-Only', async () => {
    const { results, policies } = await check({ ro: [`connect-src 'self'; script-src 'self'`] }, [
      ['connect', r(p1), 'allowed'], ['script', r(p1), 'allowed'], ['connect', r(self), 'allowed'],
    ]);
    expect(results.map((x) => x.reported)).to.deep.equal([true, true, false]);
    const verdict = evaluateRequest(policies.csp, { type: 'connect', url: r(p1) }, new URL(self));
    expect(verdict.reportOnlyViolation).to.equal(true);
  });

  it('matches *.host wildcards on subdomains but never the apex', async () => {
    await check({ csp: [`frame-src http://*.localhost:${new URL(p1).port}`] }, [
      ['frame', r(sub), 'allowed'], ['frame', r(subsub), 'allowed'], ['frame', r(p1), 'blocked'],
    ]);
  });

  it('falls back to default-src for scripts, frames and fetches, but not for form-action', async () => {
    await check({ csp: [`default-src 'self'`] }, [
      ['script', r(self), 'allowed'], ['script', r(p1), 'blocked'],
      ['frame', r(p1), 'blocked'], ['connect', r(p1), 'blocked'], ['form', r(p1), 'allowed'],
    ]);
  });

  it('falls back to child-src for frames, unless frame-src is present', async () => {
    await check({ csp: [`child-src ${p1}`] }, [['frame', r(p1), 'allowed'], ['frame', r(p2), 'blocked']]);
    await check({ csp: [`frame-src ${p2}; child-src ${p1}`] }, [['frame', r(p1), 'blocked'], ['frame', r(p2), 'allowed']]);
  });

  it('prefers script-src-elem over script-src for script elements', async () => {
    await check({ csp: [`script-src ${p1}; script-src-elem ${p2}`] }, [['script', r(p1), 'blocked'], ['script', r(p2), 'allowed']]);
  });

  it('matches ports exactly, * for any port, and paths by prefix (trailing /) or exactly', async () => {
    await check({ csp: [`connect-src localhost:*; script-src ${p1}/__diag/r/lib/ ${p2}/__diag/r/sdk.js`] }, [
      ['connect', r(p1), 'allowed'], ['connect', r(sub), 'blocked'],
      ['script', `${p1}/__diag/r/lib/a.js`, 'allowed'], ['script', `${p1}/__diag/r/sdk.js`, 'blocked'],
      ['script', `${p2}/__diag/r/sdk.js`, 'allowed'], ['script', `${p2}/__diag/r/sdk.jsx`, 'blocked'],
    ]);
  });

  it("allows nothing under 'none', and 'self' means this origin only", async () => {
    await check({ csp: [`connect-src 'none'; frame-src 'self'`] }, [
      ['connect', r(self), 'blocked'], ['frame', r(self), 'allowed'], ['frame', r(self.replace('localhost', '127.0.0.1')), 'blocked'],
    ]);
  });

  it("ignores host sources under 'strict-dynamic': scripts inserted by script load, parser-inserted ones need the nonce", async () => {
    await check({ csp: [`script-src 'nonce-abc' 'strict-dynamic' ${p2}`] }, [['script', r(p1), 'allowed'], ['script', r(p2), 'allowed']]);
    // A <script src> written in the HTML is parser-inserted: blocked despite the listed host.
    const recorder = `<script nonce="abc">addEventListener('securitypolicyviolation', (e) => (self.__blocked ||= []).push(e.blockedURI), true)</script>`;
    const body = `${recorder}<script src="${r(p2)}?k=js&c=tag"></script><script nonce="abc" src="${r(p1)}?k=js&c=nonced"></script>`;
    const frame = document.createElement('iframe');
    frame.src = `${policyPageUrl({ csp: [`script-src 'nonce-abc' 'strict-dynamic' ${p2}`] })}&body=${encodeURIComponent(body)}`;
    await new Promise((resolve) => { frame.onload = resolve; document.body.append(frame); });
    const win = frame.contentWindow as Window & { __probes?: string[]; __blocked?: string[] };
    expect(win.__probes ?? []).to.deep.equal(['nonced']);
    frame.remove();
    const pageUrl = new URL(policyPageUrl({ csp: [`script-src 'nonce-abc' 'strict-dynamic' ${p2}`] }), location.href);
    const { csp } = await readPolicies({ url: pageUrl.href });
    expect(evaluateRequest(csp, { type: 'script', url: r(p2), parserInserted: true }, pageUrl).allowed).to.equal(false);
    expect(evaluateRequest(csp, { type: 'script', url: r(p1), parserInserted: true, nonce: 'abc' }, pageUrl).allowed).to.equal(true);
  });

  it('ignores frame-ancestors, sandbox and report-uri in a meta policy, and report-only meta entirely', async () => {
    const { policies } = await check({ meta: [`sandbox; frame-ancestors 'none'; report-uri /x; connect-src ${p1}`] }, [
      ['connect', r(p1), 'allowed'], ['connect', r(p2), 'blocked'],
    ]);
    expect([...policies.csp[0]!.directives.keys()]).to.deep.equal(['connect-src']);
  });
});
