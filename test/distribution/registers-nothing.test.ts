import { expect } from '@open-wc/testing';
import * as library from '../../src/index.js';

describe('the pay-elements entry', () => {
  it('exports the element classes without registering any tag', () => {
    expect(library.PayCardForm).to.be.a('function');
    expect(library.PayDiagnostics).to.be.a('function');
    expect(customElements.get('pay-card-form')).to.equal(undefined);
    expect(customElements.get('pay-diagnostics')).to.equal(undefined);
  });

  it('registers a tag only when its registration module is imported', async () => {
    await import('../../src/components/card-form/pay-card-form.js');
    expect(customElements.get('pay-card-form')).to.equal(library.PayCardForm);
    expect(customElements.get('pay-diagnostics')).to.equal(undefined);
  });
});
