import { expect } from '@open-wc/testing';

interface PageResult {
  elements: { tag: string; upgraded: boolean; rendered: boolean }[];
  firstKept: boolean;
  shopLitFirst: boolean;
  cardFormButton: string;
  captured: { errors: string[]; warnings: string[]; violations: string[]; uncaught: string[] };
}

function loadPage(name: string): Promise<PageResult> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => {
      // Same origin: what the page captured says why its probe never finished.
      const captured = (frame.contentWindow as (Window & { captured?: unknown }) | null)?.captured;
      frame.remove();
      reject(new Error(`the page ${name} never reported: ${JSON.stringify(captured)}`));
    }, 60_000);
    window.addEventListener('message', function onMessage(event: MessageEvent<PageResult & { type: string }>) {
      if (event.source !== frame.contentWindow || event.data?.type !== 'page-result') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(event.data);
    });
    frame.src = `/__pages/page/${name}.html`;
    document.body.append(frame);
  });
}

describe('two copies of pay-elements on one page, after the shop’s own Lit', function () {
  this.timeout(90_000);

  it('keeps the first definitions, warns once, throws nothing, and every element still renders', async () => {
    const result = await loadPage('two-copies');
    expect(result.captured.uncaught, 'nothing thrown').to.deep.equal([]);
    expect(result.captured.errors).to.deep.equal([]);
    expect(result.captured.violations, 'no CSP / Trusted Types violation').to.deep.equal([]);
    const ours = result.captured.warnings.filter((warning) => warning.startsWith('[pay-elements]'));
    expect(ours, 'one warning for the extra copies').to.have.length(1);
    expect(ours[0]).to.match(/another copy of pay-elements is already on this page/);
    expect(result.shopLitFirst, 'the shop’s Lit ran before pay-elements').to.equal(true);
    expect(result.firstKept, 'window.PayElements and <pay-card-form> are the first copy’s').to.equal(true);
    expect(result.elements).to.deep.equal([
      { tag: 'pay-card-form', upgraded: true, rendered: true },
      { tag: 'pay-voucher-choice', upgraded: true, rendered: true },
      { tag: 'shop-badge', upgraded: true, rendered: true },
    ]);
    expect(result.cardFormButton).to.equal('Pay €50.00');
  });
});
