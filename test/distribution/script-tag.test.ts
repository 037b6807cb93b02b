import { expect } from '@open-wc/testing';

interface StrictCspResult {
  type: 'strict-csp-result';
  violations: string[];
  inputs: (string | null)[];
  button: string;
  statuses: Record<string, string>;
  listed: number;
  globals: string[];
}

function loadStrictPage(): Promise<StrictCspResult> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('the strict-CSP page never reported')), 8000);
    window.addEventListener('message', function onMessage(event: MessageEvent<StrictCspResult>) {
      if (event.source !== frame.contentWindow || event.data?.type !== 'strict-csp-result') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(event.data);
    });
    frame.src = '/__pages/strict-csp.html';
    document.body.append(frame);
  });
}

describe('script-tag bundle', () => {
  it('renders the card form under a strict CSP with Trusted Types enforced, without a violation', async () => {
    const result = await loadStrictPage();
    expect(result.violations).to.deep.equal([]);
    expect(result.inputs).to.have.members(['cc-number', 'cc-exp', 'cc-csc', 'cc-name']);
    expect(result.button).to.equal('Pay €50.00');
  });

  it('exposes the library as window.PayElements, diagnose included', async () => {
    const result = await loadStrictPage();
    expect(result.globals).to.include.members(['PayCardForm', 'PayDiagnostics', 'diagnose', 'emit', 'formatMoney']);
  });

  it('diagnoses its own strict page through window.PayElements.diagnose and <pay-diagnostics>', async () => {
    const result = await loadStrictPage();
    // The page allows scripts, frames and fetches from itself only: Glomo's hosts are missing.
    expect(result.statuses).to.deep.equal({
      coop: 'pass',
      'csp-script-src': 'fail',
      'csp-frame-src': 'fail',
      'csp-connect-src': 'fail',
      'csp-form-action': 'pass',
      // The page allows the lit-html and pay-elements policies by name.
      'trusted-types': 'pass',
    });
    expect(result.listed, 'checks rendered by <pay-diagnostics>').to.equal(6);
    expect(result.violations).to.deep.equal([]);
  });
});
