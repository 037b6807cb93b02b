import { expect } from '@open-wc/testing';
import { diagnose } from '../../src/diagnostics/diagnose.js';
import { evaluateTrustedTypes, PAY_ELEMENTS_POLICY_NAMES } from '../../src/diagnostics/trusted-types.js';
import { parseCspHeader } from '../../src/diagnostics/csp-parse.js';
import { TRUSTED_TYPES_POLICY } from '../../src/flows/sdk-loader.js';
import { policyPageUrl, type PolicyDelivery } from '../support/diagnostics-harness.js';

const page = (delivery: PolicyDelivery) => new URL(policyPageUrl(delivery), location.href).href;

interface Actual {
  /** Names whose first createPolicy threw in the page. */
  refused: string[];
  /** Names whose second createPolicy threw (a second copy of Lit or pay-elements). */
  refusedTwice: string[];
  /** Real Lit (lit-html's module, which creates its policy at load) loaded in the page. */
  litLoaded: boolean;
}

/** What Chromium does in a page served with `delivery`: create each policy name twice, and load lit-html. */
async function actual(delivery: PolicyDelivery): Promise<Actual> {
  const iframe = document.createElement('iframe');
  iframe.title = 'trusted types page';
  iframe.src = policyPageUrl(delivery, { body: '<script type="module" src="/node_modules/lit-html/lit-html.js"></script>' });
  await new Promise<void>((resolve) => {
    iframe.addEventListener('load', () => resolve(), { once: true });
    document.body.append(iframe);
  });
  const win = iframe.contentWindow as Window & {
    litHtmlVersions?: string[];
    trustedTypes?: { createPolicy(name: string, rules: { createHTML(s: string): string }): unknown };
  };
  const litLoaded = (win.litHtmlVersions?.length ?? 0) > 0;
  const refused: string[] = [];
  const refusedTwice: string[] = [];
  // The page's own factory: its policies govern, as for Lit and the SDK loader running there.
  // lit-html has already created its policy once when it loaded.
  for (const name of PAY_ELEMENTS_POLICY_NAMES) {
    const attempts = name === 'lit-html' && litLoaded ? ['second'] : ['first', 'second'];
    for (const attempt of attempts) {
      try {
        win.trustedTypes!.createPolicy(name, { createHTML: (s: string) => s });
      } catch {
        (attempt === 'first' ? refused : refusedTwice).push(name);
        if (attempt === 'first') break;
      }
    }
  }
  if (!litLoaded && !refused.includes('lit-html')) throw new Error('lit-html did not load though its policy is allowed');
  iframe.remove();
  return { refused, refusedTwice, litLoaded };
}

const RTT = "require-trusted-types-for 'script'";

describe('Trusted Types check against what Chromium does', function () {
  this.timeout(30_000);

  it('names the policies pay-elements really creates (Lit’s and the SDK loader’s)', () => {
    expect(PAY_ELEMENTS_POLICY_NAMES).to.deep.equal(['lit-html', TRUSTED_TYPES_POLICY]);
  });

  const cases: [string, PolicyDelivery, 'pass' | 'fail' | 'warn'][] = [
    ['both names allowed', { csp: [`${RTT}; trusted-types lit-html pay-elements`] }, 'pass'],
    ['any name allowed (*)', { csp: [`${RTT}; trusted-types *`] }, 'pass'],
    ['no trusted-types directive', { csp: [RTT] }, 'pass'],
    ['the SDK loader’s name missing', { csp: [`${RTT}; trusted-types lit-html`] }, 'fail'],
    ['Lit’s name missing, even without require-trusted-types-for', { csp: ['trusted-types pay-elements'] }, 'fail'],
    ["'none'", { csp: [`${RTT}; trusted-types 'none'`] }, 'fail'],
    ['an empty trusted-types directive', { csp: [`${RTT}; trusted-types`] }, 'fail'],
    ['names differing in case', { csp: [`${RTT}; trusted-types Lit-HTML pay-elements`] }, 'fail'],
    ['a second header policy that refuses one name', { csp: [`${RTT}; trusted-types *`, 'trusted-types lit-html'] }, 'fail'],
    ['a meta policy that refuses one name', { meta: ['trusted-types lit-html'] }, 'fail'],
    ['only a report-only policy refusing', { ro: [`${RTT}; trusted-types lit-html`] }, 'warn'],
  ];
  for (const [name, delivery, status] of cases) {
    it(`${name}: the check says ${status}, as Chromium ${status === 'fail' ? 'refuses' : 'creates'} the policies`, async () => {
      const [browser, report] = await Promise.all([actual(delivery), diagnose({ providers: 'glomo', url: page(delivery), metaContents: delivery.meta ?? [] })]);
      const check = report.checks.find((c) => c.id === 'trusted-types')!;
      expect(check.status).to.equal(status);
      expect(browser.refused.length > 0, JSON.stringify(browser)).to.equal(status === 'fail');
      if (status === 'fail') {
        for (const refused of browser.refused) expect(check.message).to.contain(refused);
        expect(check.fix!.summary).to.contain('trusted-types');
      }
    });
  }

  it('merges the fix into the site’s policy, and Chromium then creates every name, twice', async () => {
    const delivery = { csp: [`default-src 'self' 'unsafe-inline'; ${RTT}; trusted-types lit-html myapp`] };
    const report = await diagnose({ providers: 'payglocal', url: page(delivery) });
    const header = report.fix!.headers[0]!;
    expect(header).to.deep.equal({
      name: 'Content-Security-Policy',
      value: `default-src 'self' 'unsafe-inline'; ${RTT}; trusted-types lit-html myapp pay-elements 'allow-duplicates'`,
    });
    const after = await actual({ joined: [header.value] });
    expect(after).to.deep.equal({ refused: [], refusedTwice: [], litLoaded: true });
    const again = await diagnose({ providers: 'payglocal', url: page({ joined: [header.value] }) });
    expect(again.checks.find((c) => c.id === 'trusted-types')!.status).to.equal('pass');
  });

  it("passes without 'allow-duplicates' but says a second copy would be refused, as Chromium does", async () => {
    const delivery = { csp: [`${RTT}; trusted-types lit-html pay-elements`] };
    const [browser, report] = await Promise.all([actual(delivery), diagnose({ providers: 'glomo', url: page(delivery) })]);
    expect(browser.refused).to.deep.equal([]);
    expect(browser.refusedTwice).to.deep.equal(['lit-html', 'pay-elements']);
    const check = report.checks.find((c) => c.id === 'trusted-types')!;
    expect(check.status).to.equal('pass');
    expect(check.message).to.contain("'allow-duplicates'");
    const allowed = { csp: [`${RTT}; trusted-types lit-html pay-elements 'allow-duplicates'`] };
    const [twice, quiet] = await Promise.all([actual(allowed), diagnose({ providers: 'glomo', url: page(allowed) })]);
    expect(twice.refusedTwice).to.deep.equal([]);
    expect(quiet.checks.find((c) => c.id === 'trusted-types')!.message).not.to.contain("'allow-duplicates'");
  });

  it('evaluates the directive without a page (the doctor’s path)', () => {
    const verdict = evaluateTrustedTypes(parseCspHeader(`${RTT}; trusted-types lit-html 'allow-duplicates'`));
    expect(verdict.blockedBy.map((b) => b.names)).to.deep.equal([['pay-elements']]);
    expect(verdict.required).to.equal(true);
    expect(verdict.duplicatesAllowed).to.equal(true);
  });
});
