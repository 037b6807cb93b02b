/// <reference types="node" />
/**
 * `pay-elements sandbox [--port 5174] [--host 127.0.0.1] [--poll-interval ms] [--slow-ms ms]`:
 * starts the provider sandbox, prints its origin, and runs until SIGINT/SIGTERM. Shared by
 * `npx pay-elements sandbox` (src/cli/main.ts) and `node --import tsx sandbox/main.ts`.
 */
import { parseArgs } from 'node:util';
import { startSandbox, type RunningSandbox } from './server.js';

export const SANDBOX_USAGE = `pay-elements sandbox [--port <n>] [--host <addr>] [--poll-interval <ms>] [--slow-ms <ms>]
  Starts the local provider sandbox (Glomo, PayGlobe, SIBS, PayGlocal stand-ins) and prints its origin.
  --port            port to listen on (default 5174; 0 picks a free one)
  --host            address to listen on (default 127.0.0.1: this machine only)
  --poll-interval   interval_in_ms the sandbox advertises to pollers (default 2000)
  --slow-ms         how long the hosted pages' Slow buttons wait (default 3000)`;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** What the command line asked for, or the reason it is wrong. */
export function readSandboxArgs(
  args: readonly string[],
): { ok: true; port: number; host: string; pollIntervalMs?: number; slowMs?: number } | { ok: false; reason: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string', default: '5174' },
        host: { type: 'string', default: '127.0.0.1' },
        'poll-interval': { type: 'string' },
        'slow-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  if (values.help) return { ok: false, reason: '' };
  const numbers: Record<string, number | undefined> = {};
  for (const name of ['port', 'poll-interval', 'slow-ms'] as const) {
    const value = values[name];
    if (typeof value !== 'string') continue;
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || (name === 'port' && parsed > 65535)) {
      return { ok: false, reason: `--${name} must be a whole number${name === 'port' ? ' from 0 to 65535' : ''}, not ${JSON.stringify(value)}` };
    }
    numbers[name] = parsed;
  }
  return {
    ok: true,
    port: numbers.port ?? 5174,
    host: String(values.host),
    pollIntervalMs: numbers['poll-interval'],
    slowMs: numbers['slow-ms'],
  };
}

/** Starts the sandbox for the command line; resolves with the exit code once it is closed by a signal. */
export async function runSandboxCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = readSandboxArgs(args);
  if (!parsed.ok) {
    if (parsed.reason) io.err(`${parsed.reason}\n`);
    (parsed.reason ? io.err : io.out)(SANDBOX_USAGE);
    return parsed.reason ? 2 : 0;
  }
  let sandbox: RunningSandbox;
  try {
    sandbox = await startSandbox(parsed);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(code === 'EADDRINUSE' ? `Port ${parsed.port} is in use: pass --port <another> (or 0 for a free one).` : `The sandbox could not start: ${(error as Error).message}`);
    return 1;
  }
  io.out(sandbox.origin);
  return new Promise<number>((resolve) => {
    const stop = () => void sandbox.close().then(() => resolve(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
