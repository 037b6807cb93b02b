import type { Lifecycle } from '../lifecycle.js';
import type { GlomoState } from './state.js';

/** What the Glomo routes share: one sandbox instance's state and settings. */
export interface GlomoDeps {
  state: GlomoState;
  lifecycle: Lifecycle;
  /** `interval_in_ms` advertised in the `poll` step. */
  pollIntervalMs: number;
  /** How long the Slow button keeps the payment pending before approving it. */
  slowMs: number;
}
