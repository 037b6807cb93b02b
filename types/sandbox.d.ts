/**
 * `pay-elements/sandbox` (Node 20+): the local provider sandbox our own tests use — Glomo,
 * PayGlobe, SIBS SPG and PayGlocal stand-ins with fake keys — started from a merchant's tests.
 * `npx pay-elements sandbox` starts the same server from the command line.
 */
export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the sandbox never listens beyond this machine unless asked. */
  host?: string;
  /** `interval_in_ms` advertised to pollers. Default 2000. */
  pollIntervalMs?: number;
  /** How long the hosted pages' Slow buttons wait. Default 3000. */
  slowMs?: number;
}

export interface RunningSandbox {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Stops listening, drops open connections and ends pending waits. */
  close(): Promise<void>;
}

/** Starts the provider sandbox: a real HTTP server on its own origin. */
export function startSandbox(options?: SandboxOptions): Promise<RunningSandbox>;
