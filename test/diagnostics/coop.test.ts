import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { diagnose } from '../../src/diagnostics/diagnose.js';
import { evaluateCoop, parseCoop } from '../../src/diagnostics/coop.js';
import { policyPageUrl, serverConfig } from '../support/diagnostics-harness.js';

const CoopResult = z.object({ opened: z.boolean(), closed: z.nullable(z.boolean()), message: z.boolean() });

/** Opens a top-level page served with `coop` that opens a cross-origin "provider" popup. */
async function popupLinkSurvives(coop: string): Promise<z.infer<typeof CoopResult>> {
  const { port } = await serverConfig();
  const channel = `diag-coop-${coop}-${Math.random()}`;
  const bc = new BroadcastChannel(channel);
  const result = new Promise<z.infer<typeof CoopResult>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no report from the COOP page')), 12_000);
    bc.onmessage = (e) => {
      clearTimeout(timer);
      resolve(CoopResult.parse(e.data));
    };
  });
  const url = policyPageUrl({ coop }, { popup: `http://127.0.0.1:${port}/__diag/popup`, channel });
  window.open(url, '_blank');
  try {
    return await result;
  } finally {
    bc.close();
  }
}

describe('COOP against a popup checkout in Chromium', function () {
  this.timeout(20_000);

  const cases: [string, boolean, 'pass' | 'fail' | 'warn'][] = [
    ['unsafe-none', true, 'pass'],
    ['same-origin-allow-popups', true, 'pass'],
    ['same-origin', false, 'fail'],
    ['noopener-allow-popups', true, 'warn'],
  ];
  for (const [coop, linkKept, status] of cases) {
    it(`${coop}: Chromium ${linkKept ? 'keeps' : 'cuts'} the popup link and the check says ${status}`, async () => {
      const [browser, report] = await Promise.all([
        popupLinkSurvives(coop),
        diagnose({ providers: 'glomo', url: new URL(policyPageUrl({ coop }), location.href).href }),
      ]);
      expect(browser.opened, 'window.open returned a window').to.equal(true);
      expect(browser.message && browser.closed === false, JSON.stringify(browser)).to.equal(linkKept);
      const check = report.checks.find((c) => c.id === 'coop')!;
      expect(check.status).to.equal(status);
      if (status !== 'pass') expect(check.fix!.headers).to.deep.equal([{ name: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups' }]);
    });
  }

  it('fails a cross-origin-isolated page (COOP same-origin + COEP require-corp)', async () => {
    const report = await diagnose({ providers: 'glomo', url: new URL(policyPageUrl({ coop: 'same-origin', coep: 'require-corp' }), location.href).href });
    const check = report.checks.find((c) => c.id === 'coop')!;
    expect(check.status).to.equal('fail');
    expect(check.message).to.match(/cross-origin isolated/);
  });

  it('warns when only a report-only COOP would cut the popup', async () => {
    const report = await diagnose({ providers: 'glomo', url: new URL(policyPageUrl({ coopro: 'same-origin' }), location.href).href });
    expect(report.checks.find((c) => c.id === 'coop')!.status).to.equal('warn');
  });

  it('parses structured-field values and treats unknown ones as unsafe-none', () => {
    expect(parseCoop('same-origin; report-to="coop"')).to.equal('same-origin');
    expect(parseCoop(' Same-Origin-Allow-Popups ')).to.equal('same-origin-allow-popups');
    expect(parseCoop('bogus')).to.equal('unsafe-none');
    expect(parseCoop(null)).to.equal('unsafe-none');
    expect(evaluateCoop('same-origin', { coep: 'credentialless' })).to.equal('isolated');
  });

  it('does not check COOP for providers without a popup', async () => {
    const report = await diagnose({ providers: 'payglobe', url: new URL(policyPageUrl({ coop: 'same-origin' }), location.href).href });
    expect(report.checks.some((c) => c.id === 'coop')).to.equal(false);
  });
});
