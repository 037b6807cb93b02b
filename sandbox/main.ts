/**
 * `node --import tsx sandbox/main.ts [--port 5174] [--host 127.0.0.1]`: starts the provider
 * sandbox and prints its origin.
 */
import { parseArgs } from 'node:util';
import { startSandbox } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5174' },
    host: { type: 'string', default: '127.0.0.1' },
    'poll-interval': { type: 'string' },
    'slow-ms': { type: 'string' },
  },
});

const number = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    console.error(`--${name} must be a non-negative integer`);
    process.exit(2);
  }
  return parsed;
};

const sandbox = await startSandbox({
  port: number(values.port, 'port'),
  host: values.host,
  pollIntervalMs: number(values['poll-interval'], 'poll-interval'),
  slowMs: number(values['slow-ms'], 'slow-ms'),
});
console.log(sandbox.origin);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void sandbox.close().then(() => process.exit(0)));
}
