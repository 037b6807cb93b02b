import { expect } from '@open-wc/testing';
import type { PaymentResult } from '../../src/core/types.js';
import { listenForReturn, notifyOpener, RETURN_CHANNEL } from '../../src/flows/return-page.js';

const success: PaymentResult = { provider: 'glomo', status: 'succeeded', orderId: 'ord_1', paymentId: 'pay_1', signature: 'ab12', raw: { status: 'success' } };

/** Collects what a listener receives for `ms`. */
function collect(flowId: string | undefined, ms = 300): Promise<{ results: PaymentResult[]; invalid: number }> {
  const seen = { results: [] as PaymentResult[], invalid: 0 };
  const listener = listenForReturn({ flowId, onResult: (r) => seen.results.push(r), onInvalid: () => { seen.invalid += 1; } });
  return new Promise((resolve) => setTimeout(() => { listener.close(); resolve(seen); }, ms));
}

describe('return page (BroadcastChannel)', () => {
  it('notifyOpener delivers a validated result to the waiting flow of this origin', async () => {
    const seen = collect('flow-a');
    expect(notifyOpener(success, 'flow-a')).to.equal(true);
    expect((await seen).results).to.deep.equal([success]);
  });

  it('posts the contract message on the "pay-elements" channel', async () => {
    const channel = new BroadcastChannel(RETURN_CHANNEL);
    const message = new Promise((resolve) => { channel.onmessage = (e) => resolve(e.data); });
    notifyOpener(success, 'flow-b');
    expect(await message).to.deep.equal({ type: 'pay-elements:result', flowId: 'flow-b', result: success });
    channel.close();
  });

  it('ignores results for another flow, and unaddressed ones unless they match the flow', async () => {
    const strict = collect('flow-c');
    const { results: seen } = await (async () => {
      const matching = new Promise<{ results: PaymentResult[] }>((resolve) => {
        const results: PaymentResult[] = [];
        const listener = listenForReturn({ flowId: 'flow-d', matches: (r) => r.paymentId === 'pay_mine', onResult: (r) => results.push(r) });
        setTimeout(() => { listener.close(); resolve({ results }); }, 300);
      });
      notifyOpener(success, 'someone-else');
      notifyOpener({ ...success, paymentId: 'pay_other_tab' });
      notifyOpener({ ...success, paymentId: 'pay_mine' });
      return matching;
    })();
    expect(seen.map((r) => r.paymentId)).to.deep.equal(['pay_mine']);
    expect((await strict).results, 'a flow id and no matcher: only addressed results').to.deep.equal([]);
  });

  it('without a flow id or matcher, takes every valid result', async () => {
    const seen = collect(undefined);
    notifyOpener({ ...success, paymentId: 'pay_any' });
    expect((await seen).results.map((r) => r.paymentId)).to.include('pay_any');
  });

  it('reports a malformed result message for its flow, and ignores other flows’ and other traffic on the channel', async () => {
    const seen = collect('flow-malformed');
    const channel = new BroadcastChannel(RETURN_CHANNEL);
    channel.postMessage({ type: 'pay-elements:result', flowId: 'flow-malformed', result: { provider: 'glomo', status: 'paid', raw: null } });
    channel.postMessage({ type: 'pay-elements:result', flowId: 'not-mine', result: { provider: 'glomo', status: 'paid', raw: null } });
    channel.postMessage({ type: 'pay-elements:result', result: { provider: 'glomo', status: 'paid', raw: null } });
    channel.postMessage({ type: 'something-else' });
    channel.postMessage('hello');
    channel.close();
    expect(await seen).to.deep.equal({ results: [], invalid: 1 });
  });

  it('refuses to send a malformed result or one that cannot be cloned, without throwing', () => {
    expect(notifyOpener({ ...success, status: 'paid' } as unknown as PaymentResult)).to.equal(false);
    expect(notifyOpener({ ...success, raw: { fn: () => 1 } })).to.equal(false);
  });

  it('stops listening when its signal aborts', async () => {
    const controller = new AbortController();
    const results: PaymentResult[] = [];
    listenForReturn({ signal: controller.signal, onResult: (r) => results.push(r) });
    controller.abort();
    notifyOpener(success);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(results).to.deep.equal([]);
  });
});
