import { expect } from '@open-wc/testing';
import { loadSdk, type SdkLoadOptions } from '../../src/flows/sdk-loader.js';
import { loadedFrame, nextWindowMessage, providerOrigin, shadowHost } from './flows-harness.js';

let keyCount = 0;
const newKey = () => `sdk-${Date.now()}-${++keyCount}`;
/** An SDK on the "provider" origin; `key` counts its requests on the server. */
const sdkUrl = (query: Record<string, string>) => `${providerOrigin}/__flows/sdk.js?${new URLSearchParams(query)}`;
const requests = async (key: string) => ((await (await fetch(`/__flows/count?key=sdk:${key}`)).json()) as { count: number }).count;
const tagsFor = (url: string) => [...document.querySelectorAll('script')].filter((s) => s.src.split('#')[0] === url).length;
const base = (url: string, extra: Partial<SdkLoadOptions> = {}): SdkLoadOptions =>
  ({ url, kind: 'module', name: 'FakeSdk', allowedHosts: [], provider: 'glomo', timeoutMs: 3000, ...extra });

type Probe = { kind: string; code: string | null; message: string | null; id: string | null; tags: number };

/** Loads the SDK inside a frame served with `csp`, through the probe module (with `nonce` on its tag if given). */
async function loadUnderCsp(csp: string, sdk: string, extra: Record<string, string> = {}): Promise<Probe> {
  const module = `/test/fixtures/flows/sdk-probe-fixture.ts?${new URLSearchParams({ sdk, ...extra })}`;
  const page = `/__flows/page?${new URLSearchParams({ csp, module, ...(extra.nonce ? { nonce: extra.nonce } : {}) })}`;
  const received = nextWindowMessage<Probe>('sdk-probe');
  const frame = await loadedFrame(page);
  try {
    return await received;
  } finally {
    frame.remove();
  }
}

describe('loadSdk', function () {
  this.timeout(15_000);

  it('loads an ES-module SDK and resolves the named export', async () => {
    const key = newKey();
    const url = sdkUrl({ id: 'm1', key });
    const outcome = await loadSdk<{ id: string }>(shadowHost().host, base(url));
    expect(outcome.kind === 'result' && outcome.value.id).to.equal('m1');
    expect(tagsFor(url)).to.equal(1);
    expect(document.querySelector<HTMLScriptElement>(`script[src="${url}"]`)!.type).to.equal('module');
  });

  it('loads a classic-script SDK and resolves its global', async () => {
    const url = sdkUrl({ kind: 'classic', id: 'c1', key: newKey() });
    const outcome = await loadSdk<{ id: string }>(shadowHost().host, base(url, { kind: 'classic', name: 'FakeSdk_c1' }));
    expect(outcome.kind === 'result' && outcome.value.id).to.equal('c1');
  });

  it('shares one load between concurrent callers, and later callers reuse it: one tag, one request', async () => {
    const key = newKey();
    const url = sdkUrl({ id: 'shared', key });
    const { host } = shadowHost();
    const [a, b] = await Promise.all([loadSdk(host, base(url)), loadSdk(host, base(url))]);
    const c = await loadSdk(host, base(url));
    expect(a.kind).to.equal('result');
    expect(a.kind === 'result' && b.kind === 'result' && c.kind === 'result' && a.value === b.value && b.value === c.value).to.equal(true);
    expect(tagsFor(url)).to.equal(1);
    expect(await requests(key)).to.equal(1);
  });

  it('passes integrity through: a wrong hash fails the load', async () => {
    const url = sdkUrl({ kind: 'classic', id: 'sri', key: newKey() });
    const outcome = await loadSdk(shadowHost().host, base(url, { kind: 'classic', name: 'FakeSdk_sri', integrity: 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' }));
    expect(outcome.kind === 'error' && outcome.error.code).to.equal('sdk_load_failed');
    expect(tagsFor(url)).to.equal(0);
  });

  it('a 404 fails with sdk_load_failed and removes its tag; the retry loads with a single tag', async () => {
    const key = newKey();
    const url = sdkUrl({ id: 'flaky', key, status: '404', okAfter: '1' });
    const { host } = shadowHost();
    const first = await loadSdk(host, base(url));
    expect(first.kind === 'error' && first.error.code).to.equal('sdk_load_failed');
    expect(first.kind === 'error' && first.error.message).to.contain(url);
    expect(tagsFor(url)).to.equal(0);
    const retry = await loadSdk<{ id: string }>(host, base(url));
    expect(retry.kind === 'result' && retry.value.id).to.equal('flaky');
    expect(tagsFor(url)).to.equal(1);
    expect(await requests(key)).to.equal(2);
  });

  it('a classic SDK retried after a 404 also ends with one tag', async () => {
    const url = sdkUrl({ kind: 'classic', id: 'flaky2', key: newKey(), status: '404', okAfter: '1' });
    const { host } = shadowHost();
    expect((await loadSdk(host, base(url, { kind: 'classic', name: 'FakeSdk_flaky2' }))).kind).to.equal('error');
    expect((await loadSdk(host, base(url, { kind: 'classic', name: 'FakeSdk_flaky2' }))).kind).to.equal('result');
    expect(tagsFor(url)).to.equal(1);
  });

  for (const kind of ['module', 'classic'] as const) {
    it(`a ${kind} SDK served as text/plain (nosniff) fails with sdk_load_failed`, async () => {
      const url = sdkUrl({ kind, id: `mime${kind}`, key: newKey(), mime: 'text' });
      const outcome = await loadSdk(shadowHost().host, base(url, { kind, name: kind === 'module' ? 'FakeSdk' : `FakeSdk_mime${kind}` }));
      expect(outcome.kind === 'error' && outcome.error.code).to.equal('sdk_load_failed');
      expect(tagsFor(url)).to.equal(0);
    });

    it(`a ${kind} SDK that throws while starting fails with sdk_load_failed`, async () => {
      const url = sdkUrl({ kind, key: newKey(), behaviour: 'throw' });
      // The SDK's own exception reaches the page's onerror (as it should); keep mocha from failing on it.
      const pageOnError = window.onerror;
      window.onerror = () => true;
      // crossOrigin: a CORS-enabled classic script's error can be attributed to it (a muted one cannot).
      const outcome = await loadSdk(shadowHost().host, base(url, { kind, name: 'Nothing', crossOrigin: 'anonymous' })).finally(() => {
        window.onerror = pageOnError;
      });
      expect(outcome.kind === 'error' && outcome.error.message).to.contain('it failed while starting');
    });
  }

  it('an SDK without the expected export names what is missing', async () => {
    const url = sdkUrl({ key: newKey(), behaviour: 'noexport' });
    const outcome = await loadSdk(shadowHost().host, base(url, { name: 'GlomoCheckoutApi' }));
    expect(outcome.kind === 'error' && outcome.error).to.deep.include({ code: 'sdk_load_failed' });
    expect(outcome.kind === 'error' && outcome.error.message).to.contain('does not provide GlomoCheckoutApi');
  });

  it('a stalled SDK fails with sdk_load_failed at the configured timeout and leaves no tag', async () => {
    const url = `${providerOrigin}/__flows/stall?sdk=${newKey()}`;
    const started = performance.now();
    const outcome = await loadSdk(shadowHost().host, base(url, { timeoutMs: 800 }));
    const elapsed = performance.now() - started;
    expect(outcome.kind === 'error' && outcome.error.code).to.equal('sdk_load_failed');
    expect(outcome.kind === 'error' && outcome.error.message).to.contain('no answer within 0.8 s');
    expect(elapsed).to.be.within(750, 3000);
    expect(tagsFor(url)).to.equal(0);
  });

  it('refuses an SDK URL off the provider hosts or not https before adding any tag', async () => {
    const before = document.scripts.length;
    for (const url of ['https://evil.test/sdk.js', 'data:text/javascript,alert(1)', 'javascript:alert(1)']) {
      const outcome = await loadSdk(shadowHost().host, base(url, { allowedHosts: ['sdk.glomo.example'] }));
      expect(outcome.kind === 'error' && outcome.error.code, url).to.equal('invalid_config');
    }
    expect(document.scripts.length).to.equal(before);
  });

  describe('under the page’s Content-Security-Policy', () => {
    it('a script-src that omits the SDK host: csp_blocked, with the fix', async () => {
      const sdk = sdkUrl({ id: 'csp', key: newKey() });
      const probe = await loadUnderCsp("script-src 'self'", sdk);
      expect(probe.code).to.equal('csp_blocked');
      expect(probe.message).to.contain(sdk);
      expect(probe.message).to.contain(`Fix: Add ${providerOrigin} to script-src`);
      expect(probe.tags).to.equal(0);
    });

    it('passes the CSP nonce through: a nonce-only allowance loads the SDK', async () => {
      const probe = await loadUnderCsp("script-src 'self' 'nonce-pay123'", sdkUrl({ id: 'nonced', key: newKey() }), { nonce: 'pay123' });
      expect(probe).to.deep.include({ kind: 'result', id: 'nonced', tags: 1 });
    });

    it('loads through the pay-elements Trusted Types policy when Trusted Types are enforced', async () => {
      const csp = `script-src 'self' ${providerOrigin}; require-trusted-types-for 'script'; trusted-types lit-html pay-elements`;
      const probe = await loadUnderCsp(csp, sdkUrl({ id: 'tt', key: newKey() }));
      expect(probe).to.deep.include({ kind: 'result', id: 'tt', tags: 1 });
    });

    it('without the pay-elements policy allowed, enforced Trusted Types refuse the URL: csp_blocked', async () => {
      const csp = `script-src 'self' ${providerOrigin}; require-trusted-types-for 'script'; trusted-types lit-html`;
      const probe = await loadUnderCsp(csp, sdkUrl({ id: 'tt2', key: newKey() }));
      expect(probe.code).to.equal('csp_blocked');
      expect(probe.message).to.contain('pay-elements');
      expect(probe.tags).to.equal(0);
    });
  });
});
