import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import type * as Declared from '../../../types/sandbox.js';
import { readSandboxArgs } from '../../../sandbox/cli.js';
import type * as Source from '../../../sandbox/server.js';

const cli = fileURLToPath(new URL('../../../src/cli/main.ts', import.meta.url));

/** Runs `pay-elements <args>` from source, as the built bin runs it. */
function run(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const exit = once(child, 'exit').then(([code]) => code as number | null);
  return { child, exit, output: () => ({ stdout, stderr }) };
}

test('`pay-elements sandbox --port 0` prints the origin, serves every provider, and stops cleanly on SIGINT', async () => {
  const { child, exit, output } = run(['sandbox', '--port', '0']);
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  const origin = chunk.toString().trim();
  assert.match(origin, /^http:\/\/127\.0\.0\.1:\d+$/);
  const index = await fetch(`${origin}/`);
  assert.equal(index.status, 200);
  assert.match(await index.text(), /pay-elements sandbox/);
  const order = await fetch(`${origin}/api/v1/orders`, {
    method: 'POST',
    headers: { Authorization: 'Bearer sk_test_cli', 'Content-Type': 'application/json' },
    body: '{"amount":100,"currency":"EUR"}',
  });
  assert.equal(order.status, 201, 'the Glomo API creates an order with a test key');
  child.kill('SIGINT');
  assert.equal(await exit, 0, output().stderr);
  await assert.rejects(fetch(`${origin}/`), 'no longer listening');
});

test('`pay-elements sandbox` refuses a bad --port with the reason and exit code 2', async () => {
  const { exit, output } = run(['sandbox', '--port', 'eighty']);
  assert.equal(await exit, 2);
  assert.match(output().stderr, /--port must be a whole number from 0 to 65535, not "eighty"/);
  assert.match(output().stderr, /pay-elements sandbox \[--port <n>\]/);
});

test('`pay-elements sandbox` on a port in use says so (exit 1) instead of a stack trace', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const { port } = blocker.address() as { port: number };
  try {
    const { exit, output } = run(['sandbox', '--port', String(port)]);
    assert.equal(await exit, 1);
    assert.match(output().stderr, new RegExp(`Port ${port} is in use: pass --port <another>`));
    assert.doesNotMatch(output().stderr, /\n\s+at /, 'no stack trace');
  } finally {
    blocker.close();
  }
});

test('sandbox arguments: defaults, numbers, unknown options', () => {
  assert.deepEqual(readSandboxArgs([]), { ok: true, port: 5174, host: '127.0.0.1', pollIntervalMs: undefined, slowMs: undefined });
  assert.deepEqual(readSandboxArgs(['--port', '0', '--poll-interval', '250', '--slow-ms', '10']), {
    ok: true, port: 0, host: '127.0.0.1', pollIntervalMs: 250, slowMs: 10,
  });
  assert.equal(readSandboxArgs(['--port', '70000']).ok, false);
  assert.equal(readSandboxArgs(['--poll-interval', '-5']).ok, false);
  const unknown = readSandboxArgs(['--prot', '1']);
  assert.equal(unknown.ok, false);
  assert.match(unknown.ok ? '' : unknown.reason, /--prot/);
});

// The hand-written declaration shipped as `pay-elements/sandbox` stays true to the source (checked by tsc).
const sameOptions: [Declared.SandboxOptions, Source.SandboxOptions] extends [Source.SandboxOptions, Declared.SandboxOptions] ? true : false = true;
const sameStart: typeof Source.startSandbox extends typeof Declared.startSandbox ? true : false = true;
void sameOptions;
void sameStart;
