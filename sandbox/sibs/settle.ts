import type { ProviderDeps } from '../provider-deps.js';
import { isFinal, type SibsState, type SibsStatus, type SibsTransaction } from './state.js';
import { deliverWebhook } from './webhooks.js';

/** How long an MB WAY request waits for the shopper in the app before it lapses (SIBS: 4 minutes). */
export const MBWAY_WINDOW_MS = 4 * 60 * 1000;

/** Timers longer than this are not scheduled (setTimeout's limit is ~24.8 days): the expiry is checked on read. */
const MAX_TIMER_MS = 60 * 60 * 1000;

export interface SibsSettler {
  /**
   * Moves a transaction to `status` (once: a final status never changes) and sends its webhook.
   * Resolves when the webhook has been delivered (or given up), with the updated transaction, or
   * null when the transaction was already final.
   */
  settle(id: string, status: SibsStatus): Promise<SibsTransaction | null>;
  /** Runs `action` after `ms`, unless the sandbox closes first. */
  later(ms: number, action: () => void): void;
  /** The transaction with any lapsed deadline applied (an unpaid reference past `expireDate` is `Expired`). */
  current(id: string): Promise<SibsTransaction | undefined>;
}

export function createSettler(state: SibsState, deps: ProviderDeps): SibsSettler {
  async function settle(id: string, status: SibsStatus): Promise<SibsTransaction | null> {
    const transaction = state.transactions.get(id);
    if (!transaction || isFinal(transaction.status)) return null;
    const updated = state.transactions.update(id, { status, ...(isFinal(status) ? { settledAt: new Date().toISOString() } : {}) })!;
    if (isFinal(status)) await deliverWebhook(state, updated);
    return updated;
  }

  function later(ms: number, action: () => void): void {
    if (ms > MAX_TIMER_MS) return;
    const started = Date.now();
    // `delay` also resolves when the sandbox closes: only act when the time really passed.
    void deps.lifecycle.delay(Math.max(0, ms)).then(() => {
      if (Date.now() - started >= ms - 5) action();
    });
  }

  async function current(id: string): Promise<SibsTransaction | undefined> {
    const transaction = state.transactions.get(id);
    if (!transaction || transaction.status !== 'Pending') return transaction;
    const lapsed =
      (transaction.method === 'REFERENCE' && transaction.reference && Date.parse(transaction.reference.expireDate) <= Date.now()) ||
      (transaction.method === 'MBWAY' && transaction.expiresAt !== undefined && transaction.expiresAt <= Date.now());
    if (!lapsed) return transaction;
    return (await settle(id, transaction.method === 'MBWAY' ? 'Timeout' : 'Expired')) ?? state.transactions.get(id);
  }

  return { settle, later, current };
}
