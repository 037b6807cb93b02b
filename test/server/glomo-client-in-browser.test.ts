import { expect } from '@open-wc/testing';
import { createGlomoClient, createGlomoRoutes } from '../../src/server/index.js';

describe('pay-elements/server in a browser', () => {
  it('createGlomoClient refuses to exist where window does, before any request', () => {
    const requests: unknown[] = [];
    const fetchSpy = (async (...args: unknown[]) => { requests.push(args); return new Response('{}'); }) as typeof fetch;
    expect(() => createGlomoClient({ secretKey: 'sk_test_abc', fetch: fetchSpy })).to.throw(/browser/);
    expect(() => createGlomoRoutes({ secretKey: 'sk_test_abc', fetch: fetchSpy, order: () => ({ orderId: 'order_A' }), returnUrl: '/r' })).to.throw(/browser/);
    expect(requests).to.have.length(0);
  });
});
