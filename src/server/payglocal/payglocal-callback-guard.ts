/**
 * Callbacks can arrive more than once (PayGlocal's guide: "check merchantTxnId before updating
 * order status"). The guard claims a key the first time and answers "duplicate" afterwards. The
 * store must claim atomically, so two callbacks racing each other can't both win: with several
 * server instances, back it with the database (`INSERT … ON CONFLICT DO NOTHING`, Redis `SET NX`).
 */
export interface CallbackIdempotencyStore {
  /** Records `key`; true when it was not there before (this caller is the first). */
  claim(key: string): boolean | Promise<boolean>;
}

/** The in-memory default: at most `capacity` keys, the oldest forgotten first. One process only. */
export function memoryIdempotencyStore(capacity = 10_000): CallbackIdempotencyStore {
  const seen = new Set<string>();
  return {
    claim(key) {
      if (seen.has(key)) return false;
      seen.add(key);
      if (seen.size > capacity) seen.delete(seen.values().next().value!);
      return true;
    },
  };
}

export interface PayGlocalCallbackGuard {
  /** True when a callback for this `merchantTxnId` was already processed. */
  isDuplicate(merchantTxnId: string): Promise<boolean>;
}

/** Recognises a repeated callback for the same `merchantTxnId`. */
export function createPayGlocalCallbackGuard(store: CallbackIdempotencyStore = memoryIdempotencyStore()): PayGlocalCallbackGuard {
  return {
    async isDuplicate(merchantTxnId) {
      return !(await store.claim(`payglocal:${merchantTxnId}`));
    },
  };
}
