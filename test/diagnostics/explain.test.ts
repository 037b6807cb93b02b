import { expect } from '@open-wc/testing';
import { explainFailure } from '../../src/diagnostics/explain.js';
import { policyPageUrl } from '../support/diagnostics-harness.js';

const page = (delivery: Parameters<typeof policyPageUrl>[0]) => new URL(policyPageUrl(delivery), location.href).href;

describe('explainFailure() for each way a provider flow fails', function () {
  this.timeout(20_000);

  it('names the script-src check and its fix when the SDK did not load', async () => {
    const explanation = await explainFailure('glomo', 'sdk_load_failed', { url: page({ csp: ["script-src 'self'"] }) });
    expect(explanation!.check.id).to.equal('csp-script-src');
    expect(explanation!.check.status).to.equal('fail');
    expect(explanation!.check.fix!.missing).to.deep.equal([{ directive: 'script-src', sources: ['https://glomopay-checkout-sdk.web.app'] }]);
    expect(explanation!.message).to.contain(explanation!.check.message);
    expect(explanation!.message).to.contain(explanation!.check.fix!.summary);
  });

  it('names the COOP check and recommends same-origin-allow-popups when the popup link was cut', async () => {
    const explanation = await explainFailure('glomo', 'popup_link_cut', { url: page({ coop: 'same-origin' }) });
    expect(explanation!.check.id).to.equal('coop');
    expect(explanation!.check.status).to.equal('fail');
    expect(explanation!.check.fix!.headers).to.deep.equal([{ name: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups' }]);
    expect(explanation!.message).to.contain('same-origin-allow-popups');
  });

  it('names the frame-src check, with the sources a child-src fallback lacks, when the frame was blocked', async () => {
    const explanation = await explainFailure('payglobe', 'frame_blocked', { url: page({ csp: ["child-src 'self'"] }) });
    expect(explanation!.check.id).to.equal('csp-frame-src');
    expect(explanation!.check.status).to.equal('fail');
    expect(explanation!.check.fix!.missing).to.deep.equal([{ directive: 'frame-src', sources: ['https://paymentpage.igfs.payglobe.com'] }]);
    expect(explanation!.check.fix!.headers[0]!.value).to.equal("child-src 'self'; frame-src 'self' https://paymentpage.igfs.payglobe.com");
    expect(explanation!.message).to.contain('https://paymentpage.igfs.payglobe.com');
  });

  it('explains a popup link cut on a page whose COOP passes as nothing (null)', async () => {
    expect(await explainFailure('glomo', 'popup_link_cut', { url: page({ coop: 'same-origin-allow-popups' }) })).to.equal(null);
  });
});
