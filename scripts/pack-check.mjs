#!/usr/bin/env node
/**
 * The package as merchants get it (CI, after `npm run build`):
 * 1. `npm pack` ships dist/, types/, bin/, custom-elements.json, README.md, LICENSE and
 *    package.json, every file package.json points at, and no tests, demo or sources;
 * 2. the tarball installed into a scratch project works there: every ES entry of `exports`
 *    imports in Node (browser entries too: SSR), `pay-elements/server` verifies a Glomo
 *    signature, `npx pay-elements --help` runs, and `npx pay-elements sandbox --port 0` serves
 *    its index page and stops on SIGTERM.
 * Prints one line per check; exits 1 with the reasons on any failure. `--keep` keeps the scratch project.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const keep = process.argv.includes('--keep');
const started = performance.now();
const failures = [];

/** Glomo's documented vector: HMAC-SHA256 of `order_A|payt_1|success` under `sk_test_abc`. */
const GLOMO_VECTOR = {
  fields: { orderId: 'order_A', paymentId: 'payt_1', status: 'success' },
  secretKey: 'sk_test_abc',
  signature: '369f988725175d8dfb4b11bb65784cb76326d998bba4b5bbb0f594e6d0388263',
};
/** What the tarball may hold: these folders, plus the files npm always adds and custom-elements.json. */
const SHIPPED_FOLDERS = /^(dist|types|bin)\//;
const SHIPPED_FILES = new Set(['package.json', 'README.md', 'LICENSE', 'custom-elements.json']);
/** What it must never hold, wherever it sits. */
const NEVER_SHIPPED = [/(^|\/)(test|tests|__tests__|demo|fixtures)\//, /\.(test|spec)\.[cm]?[jt]sx?$/, /(^|\/)\.env/];
/** The scratch project's own dependencies (the package's peers), at the versions this repo uses so npm's cache serves them. */
const SCRATCH_DEPENDENCIES = ['lit', 'zod', 'jose', '@lit/react', 'react'];

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Runs one check: prints ✓ or ✗ with its duration; a failure is recorded and, when `required`, stops the run. */
async function check(name, fn, { required = false } = {}) {
  const since = performance.now();
  try {
    const detail = await fn();
    console.log(`✓ ${name}${detail ? `: ${detail}` : ''} (${seconds(since)})`);
    return true;
  } catch (error) {
    console.log(`✗ ${name} (${seconds(since)})\n    ${String(error?.message ?? error).replaceAll('\n', '\n    ')}`);
    failures.push(`${name}: ${String(error?.message ?? error).split('\n')[0]}`);
    if (required) finish();
    return false;
  }
}

/** Runs a command to completion; throws with its output's tail when it fails. */
function run(command, args, { cwd = root, timeoutMs = 120_000 } = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`\`${command} ${args.join(' ')}\` ${result.error ? `failed: ${result.error.message}` : `exited ${result.status}`}\n${output}`);
  }
  return result.stdout;
}

/** Every file package.json names: export targets of every condition, the bin, `types`. */
function filesPackageJsonNames() {
  const targets = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  return [...targets, ...Object.values(manifest.bin ?? {}), manifest.types, manifest.main].filter(Boolean).map((file) => file.replace(/^\.\//, ''));
}

function checkFileList(paths) {
  const problems = [];
  for (const path of paths) {
    if (!SHIPPED_FOLDERS.test(path) && !SHIPPED_FILES.has(path)) problems.push(`unexpected file: ${path}`);
    if (NEVER_SHIPPED.some((pattern) => pattern.test(path))) problems.push(`test or demo file shipped: ${path}`);
  }
  const present = new Set(paths);
  for (const path of [...SHIPPED_FILES, ...filesPackageJsonNames()]) if (!present.has(path)) problems.push(`missing: ${path}`);
  if (!paths.some((path) => path.startsWith('dist/node/sandbox/'))) problems.push('missing: the sandbox (dist/node/sandbox/)');
  if (problems.length) throw new Error(problems.join('\n'));
}

/** The version this repo has installed, so the scratch install is served from npm's cache. */
function installedSpec(name) {
  const file = join(root, 'node_modules', name, 'package.json');
  return existsSync(file) ? `${name}@${JSON.parse(readFileSync(file, 'utf8')).version}` : name;
}

/** Runs in the scratch project: imports every ES entry by its public name, then the server vector. Prints a JSON report. */
const IMPORT_CHECK = `
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const manifest = JSON.parse(readFileSync('node_modules/pay-elements/package.json', 'utf8'));
const vector = ${JSON.stringify(GLOMO_VECTOR)};
const report = { imported: [], resolved: [], failures: [] };
for (const [name, target] of Object.entries(manifest.exports)) {
  const specifier = 'pay-elements' + name.slice(1);
  const esm = typeof target === 'object' ? target.import : null;
  try {
    if (esm) {
      await import(specifier);
      report.imported.push(specifier);
    } else {
      // Not an ES module (the script-tag file, JSON): it must resolve to a shipped file.
      const file = fileURLToPath(import.meta.resolve(specifier));
      if (!existsSync(file)) throw new Error('resolves to a missing file ' + file);
      if (file.endsWith('.json')) JSON.parse(readFileSync(file, 'utf8'));
      report.resolved.push(specifier);
    }
  } catch (error) {
    report.failures.push(specifier + ': ' + (error && error.stack || error));
  }
}
try {
  const { signGlomoCallback, verifyGlomoCallback } = await import('pay-elements/server');
  const signature = await signGlomoCallback(vector.fields, vector.secretKey);
  if (signature !== vector.signature) throw new Error('signGlomoCallback gave ' + signature);
  const query = { order_id: vector.fields.orderId, payment_id: vector.fields.paymentId, status: vector.fields.status, signature };
  const { valid } = await verifyGlomoCallback(query, { secretKey: vector.secretKey, orderId: vector.fields.orderId });
  if (!valid) throw new Error('verifyGlomoCallback refused the vector');
  const forged = await verifyGlomoCallback({ ...query, status: 'failed' }, { secretKey: vector.secretKey, orderId: vector.fields.orderId });
  if (forged.valid) throw new Error('verifyGlomoCallback accepted a changed status');
} catch (error) {
  report.failures.push('pay-elements/server Glomo vector: ' + (error && error.message || error));
}
console.log(JSON.stringify(report));
process.exit(0);
`;

/** Starts `npx pay-elements sandbox --port 0`, fetches its index, stops it with SIGTERM; resolves with a summary. */
async function checkSandboxCommand(cwd) {
  // Its own process group, so SIGTERM reaches the sandbox behind npx and nothing else.
  const child = spawn('npx', ['--no', '--', 'pay-elements', 'sandbox', '--port', '0'], { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stopGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  try {
    const origin = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no origin printed within 60 s; output:\n${output}`)), 60_000);
      const look = () => {
        const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      };
      child.stdout.on('data', look);
      void exited.then(({ code }) => reject(new Error(`exited ${code} before printing its origin; output:\n${output}`)));
    });
    const index = await fetch(`${origin}/`);
    const body = await index.text();
    if (index.status !== 200 || !body.includes('pay-elements sandbox')) throw new Error(`GET ${origin}/ gave ${index.status}: ${body.slice(0, 200)}`);
    const sdk = await fetch(`${origin}/payglobe/js/payglobe.js`);
    if (sdk.status !== 200) throw new Error(`GET ${origin}/payglobe/js/payglobe.js gave ${sdk.status}`);
    stopGroup('SIGTERM');
    const stopped = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(null), 15_000))]);
    if (!stopped) throw new Error('did not stop within 15 s of SIGTERM');
    const stillUp = await fetch(`${origin}/`).then(() => true, () => false);
    if (stillUp) throw new Error(`${origin} still answers after SIGTERM`);
    return `${origin} served / and payglobe.js, stopped on SIGTERM`;
  } finally {
    if (child.exitCode === null && child.signalCode === null) stopGroup('SIGKILL');
  }
}

let packDir = '';
let scratch = '';

function finish() {
  if (keep) console.log(`(kept: ${packDir} ${scratch})`);
  else for (const dir of [packDir, scratch]) if (dir) rmSync(dir, { recursive: true, force: true });
  if (failures.length) {
    console.error(`\npack-check FAILED in ${seconds(started)}:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`\npack-check passed in ${seconds(started)}`);
  process.exit(0);
}

await check('built', () => {
  const missing = filesPackageJsonNames().filter((file) => file.startsWith('dist/') && !existsSync(join(root, file)));
  if (missing.length) throw new Error(`run \`npm run build\` first; missing: ${missing.join(', ')}`);
}, { required: true });

let tarball = '';
await check('npm pack: file list', () => {
  packDir = mkdtempSync(join(tmpdir(), 'pay-pack-'));
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packDir, '--loglevel=error']));
  tarball = join(packDir, packed.filename);
  checkFileList(packed.files.map((file) => file.path));
  return `${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} kB packed, ${(packed.unpackedSize / 1024).toFixed(0)} kB unpacked`;
}, { required: true });

await check('install the tarball into a scratch project', () => {
  scratch = mkdtempSync(join(tmpdir(), 'pay-scratch-'));
  writeFileSync(join(scratch, 'package.json'), `${JSON.stringify({ name: 'pay-elements-scratch', private: true, type: 'module' }, null, 2)}\n`);
  const dependencies = SCRATCH_DEPENDENCIES.map(installedSpec);
  run('npm', ['install', tarball, ...dependencies, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: scratch, timeoutMs: 300_000 });
  return dependencies.join(' ');
}, { required: true });

await check('import every entry in Node', () => {
  writeFileSync(join(scratch, 'import-check.mjs'), IMPORT_CHECK);
  const report = JSON.parse(run('node', ['import-check.mjs'], { cwd: scratch, timeoutMs: 60_000 }).trim().split('\n').at(-1));
  if (report.failures.length) throw new Error(report.failures.join('\n'));
  return `${report.imported.length} ES entries imported, ${report.resolved.length} other exports resolved, Glomo vector verified`;
});

await check('npx pay-elements --help', () => {
  const usage = run('npx', ['--no', '--', 'pay-elements', '--help'], { cwd: scratch, timeoutMs: 60_000 });
  if (!/sandbox/.test(usage) || !/doctor/.test(usage)) throw new Error(`usage names no sandbox/doctor command:\n${usage}`);
});

await check('npx pay-elements sandbox --port 0', () => checkSandboxCommand(scratch));

finish();
