import { expect } from '@open-wc/testing';
import { diagnose } from '../../src/diagnostics/diagnose.js';
import { DiagnoseConfigError } from '../../src/diagnostics/diagnose-options.js';
import { policyPageUrl } from '../support/diagnostics-harness.js';

const page = (delivery: Parameters<typeof policyPageUrl>[0]) => new URL(policyPageUrl(delivery), location.href).href;

async function rejection(promise: Promise<unknown>): Promise<DiagnoseConfigError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(DiagnoseConfigError);
    return error as DiagnoseConfigError;
  }
  throw new Error('diagnose() resolved');
}

describe('diagnose() on bad input: a clear invalid_config, never a hang', function () {
  this.timeout(20_000);

  it('rejects a relative url with the reason', async () => {
    const error = await rejection(diagnose({ providers: 'glomo', url: '/checkout' }));
    expect(error.code).to.equal('invalid_config');
    expect(error.reason).to.contain('"/checkout" is not an absolute http(s) URL');
  });

  it('rejects a host override without a scheme, saying how to write it', async () => {
    const error = await rejection(diagnose({ providers: 'glomo', url: page({}), hosts: { glomo: { frame: ['*.x.test'] } } }));
    expect(error.reason).to.contain('"*.x.test"');
    expect(error.reason).to.contain('https://*.x.test');
  });

  it('rejects unknown provider names, hosts for unknown providers or request types, and a bad timeout', async () => {
    expect((await rejection(diagnose({ providers: 'glomo stripe', url: page({}) }))).reason).to.contain('stripe');
    expect((await rejection(diagnose({ providers: ['glomo', 'nope'] as never, url: page({}) }))).reason).to.contain('nope');
    expect((await rejection(diagnose({ providers: 'glomo', url: page({}), hosts: { stripe: { script: ['https://a.test'] } } as never }))).reason).to.contain('hosts must map');
    expect((await rejection(diagnose({ providers: 'glomo', url: page({}), hosts: { glomo: { img: ['https://a.test'] } } as never }))).reason).to.contain('hosts must map');
    expect((await rejection(diagnose({ providers: 'glomo', url: page({}), timeoutMs: -1 }))).reason).to.contain('timeoutMs');
    expect((await rejection(diagnose({ providers: 'glomo', url: 'javascript:alert(1)' }))).reason).to.contain('not an absolute http(s) URL');
    expect((await rejection(diagnose({ providers: 'glomo', url: page({}), returnUrl: 'return.html' }))).reason).to.contain('returnUrl');
  });

  it('accepts wildcard and URL host overrides with a scheme', async () => {
    const report = await diagnose({ providers: 'glomo', url: page({}), hosts: { glomo: { frame: ['https://*.x.test'], script: ['http://127.0.0.1:9/sdk.js'] } } });
    expect(report.checks.length).to.be.greaterThan(0);
  });

  it('gives up on a fetch that never answers after timeoutMs: unknown checks, not a hang', async () => {
    const never = (() => new Promise<Response>(() => undefined)) as typeof fetch;
    const started = performance.now();
    const report = await diagnose({ providers: 'payglobe', url: page({}), fetchImpl: never, timeoutMs: 300 });
    expect(performance.now() - started).to.be.lessThan(3000);
    expect(new Set(report.checks.map((c) => c.status))).to.deep.equal(new Set(['unknown']));
    expect(report.notes.join(' ')).to.contain('no answer within 300 ms');
  });

  it('reads only the head of a page whose body never ends: its meta policy counts, and the read ends', async () => {
    const meta = encodeURIComponent("connect-src 'self'");
    const started = performance.now();
    const report = await diagnose({ providers: 'payglobe', url: new URL(`/__diag/huge?meta=${meta}`, location.href).href, timeoutMs: 15_000 });
    expect(report.checks.find((c) => c.id === 'csp-connect-src')!.status).to.equal('fail');
    expect(performance.now() - started, 'cut at the size limit, not at timeoutMs').to.be.lessThan(10_000);
  });

  it('gives up on a redirect loop with unknown checks and the reason', async () => {
    const report = await diagnose({ providers: 'payglobe', url: new URL('/__diag/loop', location.href).href, timeoutMs: 5000 });
    expect(report.headersReadable).to.equal(false);
    expect(new Set(report.checks.filter((c) => c.id !== 'trusted-types').map((c) => c.status))).to.deep.equal(new Set(['unknown']));
    expect(report.notes.join(' ')).to.contain('could not be read');
  });

  it('gives up on a real server that answers too late', async () => {
    const report = await diagnose({ providers: 'payglobe', url: new URL('/__diag/slow?ms=5000', location.href).href, timeoutMs: 400 });
    expect(report.headersReadable).to.equal(false);
    expect(report.notes.join(' ')).to.contain('no answer within 400 ms');
  });
});
