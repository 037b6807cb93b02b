/**
 * Things the sandbox keeps waiting (stalled responses, the Slow button's delay). Tracked so
 * `close()` can end them at once instead of leaving timers that keep Node alive.
 */
export interface Lifecycle {
  /** Resolves after `ms`, or as soon as `signal` aborts or the sandbox closes. */
  delay(ms: number, signal?: AbortSignal): Promise<void>;
  /** Never resolves on its own: only when `signal` aborts (the client gave up) or the sandbox closes. */
  hold(signal: AbortSignal): Promise<void>;
  /** Ends every pending wait. */
  dispose(): void;
}

export function createLifecycle(): Lifecycle {
  const pending = new Set<() => void>();

  function wait(ms: number | null, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = () => {
        if (timer) clearTimeout(timer);
        signal?.removeEventListener('abort', finish);
        pending.delete(finish);
        resolve();
      };
      if (signal?.aborted) return resolve();
      pending.add(finish);
      signal?.addEventListener('abort', finish, { once: true });
      if (ms !== null) timer = setTimeout(finish, ms);
    });
  }

  return {
    delay: (ms, signal) => wait(ms, signal),
    hold: (signal) => wait(null, signal),
    dispose() {
      for (const finish of [...pending]) finish();
    },
  };
}
