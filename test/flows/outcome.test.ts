import { expect } from '@open-wc/testing';
import type { PaymentResult } from '../../src/core/types.js';
import { finishFlow, flowCancel, flowError, flowResult, type FlowOutcome } from '../../src/flows/outcome.js';

const NAMES = ['pay-success', 'pay-failure', 'pay-pending', 'pay-cancel', 'pay-error'] as const;

/** The events `finishFlow` emits for `outcome`, as [name, detail] pairs, seen from an ancestor through shadow DOM. */
function eventsFor(outcome: FlowOutcome<PaymentResult>): [string, unknown][] {
  const outer = document.createElement('div');
  const host = document.createElement('div');
  outer.attachShadow({ mode: 'open' }).append(host);
  document.body.append(outer);
  const seen: [string, unknown][] = [];
  for (const name of NAMES) document.body.addEventListener(name, function listener(e) {
    seen.push([name, (e as CustomEvent).detail]);
    document.body.removeEventListener(name, listener);
  });
  finishFlow(host, 'glomo', outcome);
  outer.remove();
  return seen;
}

const result = (status: PaymentResult['status']): PaymentResult => ({ provider: 'glomo', status, paymentId: 'p', raw: {} });

describe('finishFlow', () => {
  it('maps each outcome to exactly one bubbling, composed event', () => {
    expect(eventsFor(flowResult(result('succeeded')))).to.deep.equal([['pay-success', result('succeeded')]]);
    expect(eventsFor(flowResult(result('failed')))).to.deep.equal([['pay-failure', result('failed')]]);
    expect(eventsFor(flowResult(result('pending')))).to.deep.equal([['pay-pending', result('pending')]]);
    expect(eventsFor(flowResult(result('cancelled')))).to.deep.equal([['pay-cancel', { provider: 'glomo', reason: 'cancelled' }]]);
    expect(eventsFor(flowCancel('escape'))).to.deep.equal([['pay-cancel', { provider: 'glomo', reason: 'escape' }]]);
    expect(eventsFor(flowError('timeout', 'late', true))).to.deep.equal([['pay-error', { code: 'timeout', message: 'late', provider: 'glomo' }]]);
  });
});
