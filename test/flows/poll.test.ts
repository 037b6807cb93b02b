import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { poll } from '../../src/flows/poll.js';

const paymentSchema = z.object({ payment_id: z.string(), status: z.enum(['pending', 'success', 'failed']) });
type Payment = z.infer<typeof paymentSchema>;
const isTerminal = (p: Payment) => p.status !== 'pending';
let keyCount = 0;
const newKey = () => `poll-${Date.now()}-${++keyCount}`;
const statusUrl = (key: string, query: Record<string, string> = {}) => `/__flows/status?${new URLSearchParams({ key, ...query })}`;
const requestCount = async (key: string) => ((await (await fetch(`/__flows/count?key=status:${key}`)).json()) as { count: number }).count;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('poll', () => {
  it('polls through two 500s and two pending answers to success, backing off on the errors', async () => {
    const key = newKey();
    const pending: Payment[] = [];
    const started = performance.now();
    const outcome = await poll({
      url: statusUrl(key, { fail: '2', pending: '2', final: 'success' }), intervalMs: 50, schema: paymentSchema, isTerminal,
      onPending: (p) => pending.push(p),
    });
    expect(outcome).to.deep.equal({ kind: 'result', value: { payment_id: 'pay_1', status: 'success' } });
    expect(pending).to.have.length(2);
    expect(await requestCount(key)).to.equal(5);
    // Backoff after the 500s: 250 ms then 500 ms (from a 250 ms floor), then two 50 ms intervals.
    expect(performance.now() - started).to.be.greaterThan(800);
  });

  it('backs off on network errors (connection reset) and recovers', async () => {
    const key = newKey();
    const outcome = await poll({ url: statusUrl(key, { fail: '1', failWith: 'network', final: 'failed' }), intervalMs: 10, schema: paymentSchema, isTerminal });
    expect(outcome).to.deep.equal({ kind: 'result', value: { payment_id: 'pay_1', status: 'failed' } });
    expect(await requestCount(key)).to.equal(2);
  });

  it('stops on an AbortSignal and makes no request afterwards (no leaked timer)', async () => {
    const key = newKey();
    const controller = new AbortController();
    const result = poll({ url: statusUrl(key, { pending: '1000' }), intervalMs: 30, schema: paymentSchema, isTerminal, signal: controller.signal });
    await sleep(200);
    controller.abort();
    expect(await result).to.deep.equal({ kind: 'cancel', reason: 'aborted' });
    const afterAbort = await requestCount(key);
    expect(afterAbort).to.be.greaterThan(1);
    await sleep(300);
    expect(await requestCount(key)).to.equal(afterAbort);
  });

  it('ends in timeout after the overall limit, even while a request stalls', async () => {
    const started = performance.now();
    const outcome = await poll({ url: '/__flows/stall', intervalMs: 10, schema: paymentSchema, isTerminal, timeoutMs: 400 });
    expect(outcome.kind === 'error' && outcome.error.code).to.equal('timeout');
    expect(performance.now() - started).to.be.lessThan(2000);
  });

  it('ends in timeout when the status stays pending, and stops requesting', async () => {
    const key = newKey();
    const outcome = await poll({ url: statusUrl(key, { pending: '1000' }), intervalMs: 20, schema: paymentSchema, isTerminal, timeoutMs: 300 });
    expect(outcome).to.deep.equal({ kind: 'error', error: { code: 'timeout', message: 'The payment was not confirmed in time.' } });
    const count = await requestCount(key);
    await sleep(200);
    expect(await requestCount(key)).to.equal(count);
  });

  it('ends with invalid_response on a body the schema refuses or broken JSON', async () => {
    const wrongShape = await poll({ url: statusUrl(newKey(), { final: 'exploded' }), intervalMs: 10, schema: paymentSchema, isTerminal });
    expect(wrongShape.kind === 'error' && wrongShape.error.code).to.equal('invalid_response');
    const brokenJson = await poll({ url: statusUrl(newKey(), { fail: '1', failWith: 'badjson' }), intervalMs: 10, schema: paymentSchema, isTerminal });
    expect(brokenJson.kind === 'error' && brokenJson.error.code).to.equal('invalid_response');
  });

  it('ends with a network error on a 4xx status answer, without retrying', async () => {
    const key = newKey();
    const outcome = await poll({ url: statusUrl(key, { fail: '5', failWith: '404' }), intervalMs: 10, schema: paymentSchema, isTerminal });
    expect(outcome.kind === 'error' && outcome.error.code).to.equal('network');
    expect(await requestCount(key)).to.equal(1);
  });

  it('returns at once for a signal that is already aborted, without a request', async () => {
    const key = newKey();
    const outcome = await poll({ url: statusUrl(key), intervalMs: 10, schema: paymentSchema, isTerminal, signal: AbortSignal.abort() });
    expect(outcome).to.deep.equal({ kind: 'cancel', reason: 'aborted' });
    expect(await requestCount(key)).to.equal(0);
  });
});
