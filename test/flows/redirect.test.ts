import { expect } from '@open-wc/testing';
import type { PayRedirectDetail } from '../../src/core/events.js';
import { finishFlow } from '../../src/flows/outcome.js';
import { redirect } from '../../src/flows/redirect.js';
import { fixture, loadedFrame, providerOrigin, shadowHost, sleep } from './flows-harness.js';

/** A host element living in its own same-origin frame, so a same-tab redirect navigates that frame only. */
async function hostInFrame(sandbox?: string[]) {
  const frame = await loadedFrame(fixture('blank.html'), sandbox);
  const doc = frame.contentDocument!;
  const host = doc.createElement('div');
  doc.body.append(host);
  const redirects: PayRedirectDetail[] = [];
  host.addEventListener('pay-redirect', (e) => redirects.push((e as CustomEvent<PayRedirectDetail>).detail));
  return { frame, host, redirects };
}

describe('redirect', () => {
  afterEach(() => {
    for (const el of document.body.querySelectorAll('iframe, div')) el.remove();
  });

  for (const url of ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'https://evil.test/3ds']) {
    it(`refuses ${url.split(':')[0]}${url.startsWith('https') ? ' on a foreign host' : ':'}: no pay-redirect, no navigation, pay-error invalid_response`, async () => {
      const { frame, host, redirects } = await hostInFrame();
      const before = frame.contentWindow!.location.href;
      const errors: CustomEvent[] = [];
      host.addEventListener('pay-error', (e) => errors.push(e as CustomEvent));
      const start = redirect(host, { url, target: 'same-tab', allowedHosts: ['pay.glomo.example'] });
      expect(start.kind).to.equal('error');
      if (start.kind === 'error') finishFlow(host, 'glomo', { kind: 'error', error: start.error });
      await sleep(300);
      expect(redirects).to.deep.equal([]);
      expect(frame.contentWindow!.location.href).to.equal(before);
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid_response']);
      expect(errors[0]!.detail.message).to.match(/will not open/);
    });
  }

  it('same tab: emits pay-redirect, then navigates the page', async () => {
    const { frame, host, redirects } = await hostInFrame();
    const target = `${fixture('blank.html')}?landed=1`;
    const landed = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    expect(redirect(host, { url: target, target: 'same-tab', allowedHosts: [] })).to.deep.equal({ kind: 'same-tab' });
    await landed;
    expect(redirects).to.deep.equal([{ url: target, target: 'same-tab' }]);
    expect(frame.contentWindow!.location.href).to.equal(target);
  });

  it('lets the host navigate itself: preventDefault() on pay-redirect stops the navigation', async () => {
    const { frame, host } = await hostInFrame();
    const before = frame.contentWindow!.location.href;
    host.addEventListener('pay-redirect', (e) => e.preventDefault());
    const url = `${fixture('blank.html')}?landed=2`;
    expect(redirect(host, { url, target: 'same-tab', allowedHosts: [] })).to.deep.equal({ kind: 'prevented', url });
    await sleep(300);
    expect(frame.contentWindow!.location.href).to.equal(before);
  });

  it('new tab: opens the page without an opener link (the result returns through the return page)', async () => {
    const { host } = shadowHost();
    const start = redirect(host, { url: fixture('blank.html'), target: 'new-tab', allowedHosts: [] });
    expect(start.kind).to.equal('new-tab');
    if (start.kind !== 'new-tab') return;
    await new Promise<void>((resolve) => {
      const check = () => (start.window.document.readyState === 'complete' && start.window.location.pathname.endsWith('blank.html') ? resolve() : setTimeout(check, 20));
      check();
    });
    expect(start.window.opener).to.equal(null);
    start.window.close();
  });

  it('new tab blocked by the browser: popup_blocked, retryable', async () => {
    const { host } = await hostInFrame(['allow-scripts', 'allow-same-origin']); // no allow-popups: window.open returns null
    const start = redirect(host, { url: fixture('blank.html'), target: 'new-tab', allowedHosts: [] });
    expect(start.kind === 'error' && start.error).to.deep.include({ code: 'popup_blocked', retryable: true });
  });

  it('iframe: opens the modal on the provider page, whose close is a cancel', async () => {
    const { host, root } = shadowHost();
    const url = fixture('frame.html', providerOrigin);
    const start = redirect(host, { url, target: 'iframe', allowedHosts: [], modal: { container: root } });
    expect(start.kind).to.equal('iframe');
    if (start.kind !== 'iframe') return;
    expect(start.modal.iframe.src).to.equal(url);
    start.modal.close();
    expect(await start.modal.outcome).to.deep.equal({ kind: 'cancel', reason: 'closed' });
  });

  it('iframe without a container is a configuration error, not an exception', () => {
    const { host } = shadowHost();
    const start = redirect(host, { url: fixture('frame.html', providerOrigin), target: 'iframe', allowedHosts: [] });
    expect(start.kind === 'error' && start.error.code).to.equal('invalid_config');
  });
});
