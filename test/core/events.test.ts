import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emit } from '../../src/core/events.js';

describe('emit', () => {
  it('dispatches a CustomEvent that bubbles out of shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    setTimeout(() => emit(inner, 'pay-cancel', { provider: 'glomo', reason: 'closed' }));
    const event = await oneEvent(document, 'pay-cancel');
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ provider: 'glomo', reason: 'closed' });
  });

  it('lets the host cancel pay-redirect and reports it', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    el.addEventListener('pay-redirect', (e) => e.preventDefault(), { once: true });
    expect(emit(el, 'pay-redirect', { url: 'https://example.com', target: 'same-tab' })).to.equal(false);
    expect(emit(el, 'pay-redirect', { url: 'https://example.com', target: 'same-tab' })).to.equal(true);
  });

  it('does not let the host cancel other events', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    el.addEventListener('pay-error', (e) => e.preventDefault(), { once: true });
    expect(emit(el, 'pay-error', { code: 'network', message: 'offline' })).to.equal(true);
  });
});
