import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { diagnose } from '../../src/diagnostics/diagnose.js';
import { policyPageUrl, serverConfig } from '../support/diagnostics-harness.js';

const page = (delivery: Parameters<typeof policyPageUrl>[0]) => new URL(policyPageUrl(delivery), location.href).href;
const OpenerResult = z.object({ opener: z.boolean() });

/**
 * What Chromium does: this page opens a popup on another origin (the provider), which navigates
 * to the merchant's return page served with `coop`; the return page reports over a
 * BroadcastChannel whether it still has an opener.
 */
async function returnPageKeepsOpener(coop: string | undefined): Promise<boolean> {
  const { ports } = await serverConfig();
  const channel = `diag-return-${Math.random()}`;
  const returnPage = new URL(policyPageUrl(coop ? { coop } : {}, {
    body: `<script>new BroadcastChannel(${JSON.stringify(channel)}).postMessage({ opener: !!window.opener }); setTimeout(() => close(), 100);</script>`,
  }), location.href).href;
  const provider = `http://127.0.0.1:${ports[0]}${policyPageUrl({}, { body: `<script>location.replace(${JSON.stringify(returnPage)})</script>` })}`;
  const bc = new BroadcastChannel(channel);
  try {
    const result = new Promise<boolean>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no report from the return page')), 15_000);
      bc.onmessage = (e) => {
        clearTimeout(timer);
        resolve(OpenerResult.parse(e.data).opener);
      };
    });
    window.open(provider, '_blank');
    return await result;
  } finally {
    bc.close();
  }
}

describe('COOP of the return page a popup checkout lands on', function () {
  this.timeout(30_000);

  const cases: [string | undefined, 'pass' | 'fail'][] = [
    [undefined, 'pass'],
    ['unsafe-none', 'pass'],
    ['same-origin-allow-popups', 'fail'],
    ['same-origin', 'fail'],
  ];
  for (const [coop, status] of cases) {
    it(`${coop ?? 'no COOP'}: the check says ${status}, as Chromium ${status === 'pass' ? 'keeps' : 'cuts'} the popup’s opener`, async () => {
      const returnUrl = page(coop ? { coop } : {});
      const [keeps, report] = await Promise.all([
        returnPageKeepsOpener(coop),
        diagnose({ providers: 'glomo', url: page({}), returnUrl }),
      ]);
      expect(keeps).to.equal(status === 'pass');
      const check = report.checks.find((c) => c.id === 'coop')!;
      expect(check.status).to.equal(status);
      expect(report.returnUrl).to.equal(returnUrl);
      if (status === 'fail') {
        expect(check.message).to.contain(returnUrl);
        expect(check.message).to.contain(coop!);
        expect(check.fix!.summary).to.contain('without Cross-Origin-Opener-Policy');
        expect(check.fix!.summary).to.contain('BroadcastChannel');
        expect(check.fix!.summary, 'the fix names the return page').to.contain(returnUrl);
        // The checkout page itself is fine: no COOP header is asked of it.
        expect(check.fix!.headers).to.deep.equal([]);
      } else {
        expect(check.fix).to.equal(null);
      }
    });
  }

  it('warns on a report-only COOP of the return page, and says unknown when its headers cannot be read', async () => {
    const ro = await diagnose({ providers: 'glomo', url: page({}), returnUrl: page({ coopro: 'same-origin' }) });
    expect(ro.checks.find((c) => c.id === 'coop')!.status).to.equal('warn');
    const { ports } = await serverConfig();
    const unreadable = await diagnose({ providers: 'glomo', url: page({}), returnUrl: `http://127.0.0.1:${ports[1]}/__diag/policy?coop=same-origin` });
    const check = unreadable.checks.find((c) => c.id === 'coop')!;
    expect(check.status).to.equal('unknown');
    expect(check.message).to.contain('could not be read');
  });

  it('reports both pages when both cut the popup, with both fixes', async () => {
    const report = await diagnose({ providers: 'glomo', url: page({ coop: 'same-origin' }), returnUrl: page({ coop: 'same-origin' }) });
    const check = report.checks.find((c) => c.id === 'coop')!;
    expect(check.status).to.equal('fail');
    expect(check.fix!.headers).to.deep.equal([{ name: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups' }]);
    expect(check.fix!.summary).to.contain('BroadcastChannel');
  });

  it('ignores the return page for providers without a popup', async () => {
    const report = await diagnose({ providers: 'payglobe', url: page({}), returnUrl: page({ coop: 'same-origin' }) });
    expect(report.checks.some((c) => c.id === 'coop')).to.equal(false);
    expect(report.returnUrl).to.equal(undefined);
  });
});
