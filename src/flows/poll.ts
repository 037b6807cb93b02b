/**
 * Status polling: at the provider's interval, backing off on network errors and 5xx, until a
 * terminal status, an abort, or an overall timeout. Every timer and request is released when
 * the poll ends, whichever way.
 */
import * as z from 'zod/mini';
import { translator } from '../core/messages.js';
import { flowsMessages } from './flows.messages.js';
import type { PayErrorCode } from '../core/types.js';
import { flowCancel, flowError, flowResult, type FlowOutcome } from './outcome.js';

/**
 * One status read done some other way than `fetch(url)` (an SDK's `retrieve()`): the body to
 * validate, a transient failure to retry with backoff, or a failure that ends the poll.
 */
export type PollRead =
  | { kind: 'body'; body: unknown }
  | { kind: 'retry'; reason: string }
  | { kind: 'fail'; code: PayErrorCode; message: string };

export interface PollOptions<T> {
  /** The status URL (the merchant's endpoint relaying the provider's payment object); unused with `read`. */
  url?: string;
  /**
   * Reads the status instead of `fetch(url)` (e.g. through a provider SDK). `signal` aborts on
   * the poll's end or this read's time limit (`requestTimeoutMs`, which then counts as a retry).
   */
  read?(signal: AbortSignal): Promise<PollRead>;
  /** The provider's interval (`interval_in_ms`). */
  intervalMs: number;
  /** Validates each response body; a body that fails it ends the poll with `invalid_response`. */
  schema: z.ZodMiniType<T>;
  /** True for a status that ends the poll. */
  isTerminal(value: T): boolean;
  /** Called with every non-terminal value (e.g. to emit `pay-pending` once). */
  onPending?(value: T): void;
  signal?: AbortSignal;
  /** Overall limit; default 10 minutes. */
  timeoutMs?: number;
  /** Longest wait between attempts while backing off; default 30 s. */
  maxBackoffMs?: number;
  /** One request's limit before it counts as a network error; default 15 s. */
  requestTimeoutMs?: number;
  /** Extra fetch options (headers, credentials). */
  init?: Omit<RequestInit, 'signal'>;
  locale?: string;
}

type Attempt<T> = { kind: 'value'; value: T } | { kind: 'retry'; reason: string } | { kind: 'fail'; outcome: FlowOutcome<T> };

/** Polls until the status is terminal (`result`), the signal aborts (`cancel` 'aborted'), or an error/timeout. */
export async function poll<T>(options: PollOptions<T>): Promise<FlowOutcome<T>> {
  const t = translator(flowsMessages, options.locale);
  const interval = Math.max(0, options.intervalMs);
  const maxBackoff = options.maxBackoffMs ?? 30_000;
  const stop = new AbortController(); // ends the current wait or request on abort or timeout
  let timedOut = false;
  const onAbort = () => stop.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const overall = setTimeout(() => {
    timedOut = true;
    stop.abort();
  }, options.timeoutMs ?? 600_000);
  const ended = (): FlowOutcome<T> | null => {
    if (timedOut) return flowError('timeout', t('flows.error.timeout'));
    if (options.signal?.aborted || stop.signal.aborted) return flowCancel('aborted');
    return null;
  };
  try {
    let failures = 0;
    for (;;) {
      const early = ended();
      if (early) return early;
      const attempt = await fetchStatus(options, stop.signal, t);
      const after = ended();
      if (after) return after;
      if (attempt.kind === 'fail') return attempt.outcome;
      let delay = interval;
      if (attempt.kind === 'retry') {
        failures += 1;
        // Exponential backoff from the provider's interval (at least 250 ms), capped.
        delay = Math.min(maxBackoff, Math.max(interval, 250) * 2 ** (failures - 1));
      } else {
        failures = 0;
        if (options.isTerminal(attempt.value)) return flowResult(attempt.value);
        options.onPending?.(attempt.value);
      }
      await wait(delay, stop.signal);
    }
  } finally {
    clearTimeout(overall);
    options.signal?.removeEventListener('abort', onAbort);
    stop.abort(); // releases a wait or request still pending
  }
}

async function fetchStatus<T>(options: PollOptions<T>, stop: AbortSignal, t: ReturnType<typeof translator>): Promise<Attempt<T>> {
  const request = new AbortController();
  const abortRequest = () => request.abort();
  stop.addEventListener('abort', abortRequest, { once: true });
  const limit = setTimeout(abortRequest, options.requestTimeoutMs ?? 15_000);
  try {
    if (options.read) return await readStatus(options, options.read, request.signal, t);
    if (options.url === undefined) return { kind: 'fail', outcome: flowError('invalid_config', t('flows.error.status', { reason: 'no status URL' })) };
    const response = await fetch(options.url, { ...options.init, signal: request.signal });
    if (response.status >= 500 || response.status === 429) return { kind: 'retry', reason: `HTTP ${response.status}` };
    if (!response.ok) return { kind: 'fail', outcome: flowError('network', t('flows.error.status', { reason: `HTTP ${response.status}` })) };
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { kind: 'fail', outcome: flowError('invalid_response', t('flows.error.statusFormat')) };
    }
    const parsed = z.safeParse(options.schema, body);
    if (!parsed.success) return { kind: 'fail', outcome: flowError('invalid_response', t('flows.error.statusFormat')) };
    return { kind: 'value', value: parsed.data };
  } catch {
    return { kind: 'retry', reason: 'network' }; // offline, reset, or this request's own time limit
  } finally {
    clearTimeout(limit);
    stop.removeEventListener('abort', abortRequest);
  }
}

/** One `read()`, raced against its signal: a read that ignores the signal still ends with it. */
async function readStatus<T>(
  options: PollOptions<T>, read: NonNullable<PollOptions<T>['read']>, signal: AbortSignal, t: ReturnType<typeof translator>,
): Promise<Attempt<T>> {
  const aborted = new Promise<PollRead>((resolve) => {
    if (signal.aborted) resolve({ kind: 'retry', reason: 'aborted' });
    signal.addEventListener('abort', () => resolve({ kind: 'retry', reason: 'aborted' }), { once: true });
  });
  const outcome = await Promise.race([read(signal).catch((): PollRead => ({ kind: 'retry', reason: 'read failed' })), aborted]);
  if (outcome.kind === 'retry') return outcome;
  if (outcome.kind === 'fail') return { kind: 'fail', outcome: flowError(outcome.code, outcome.message) };
  const parsed = z.safeParse(options.schema, outcome.body);
  if (!parsed.success) return { kind: 'fail', outcome: flowError('invalid_response', t('flows.error.statusFormat')) };
  return { kind: 'value', value: parsed.data };
}

/** Resolves after `ms`, or at once when `signal` aborts (the timer is cleared either way). */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
