import type { Lifecycle } from './lifecycle.js';

/** What every provider's route group receives from the sandbox app. */
export interface ProviderDeps {
  lifecycle: Lifecycle;
  /** Interval (ms) advertised to pollers, and how fast asynchronous outcomes may settle. Default 2000. */
  pollIntervalMs: number;
  /** How long the hosted pages' Slow buttons wait. Default 3000. */
  slowMs: number;
}
