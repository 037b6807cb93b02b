// `npm test`: makes sure a Chromium is there (installing Debian's when root), then
// typechecks and runs the whole browser suite. Extra arguments go to web-test-runner.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

function ensureChromium() {
  if (findChromium()) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      'No Chromium found. Install one and run again:\n' +
        '  sudo apt-get update && sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
        'or point CHROME_PATH at an installed Chrome/Chromium binary.',
    );
    process.exit(1);
  }
  console.log('Installing Debian Chromium (about 40 s)…');
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
  if (!findChromium()) {
    console.error('apt-get finished but no chromium is on PATH.');
    process.exit(1);
  }
}

/**
 * The Node-side tests (sandbox, server helpers: they run where merchants run them) with
 * node:test through tsx; returns their counts, read from the TAP summary.
 */
function runNodeTests() {
  const files = readdirSync('test/node', { recursive: true }).filter((file) => file.endsWith('.test.ts')).map((file) => `test/node/${file}`);
  if (!files.length) return { passed: 0, failed: 0, skipped: 0, failures: [] };
  const result = spawnSync('node', ['--import', 'tsx', '--test', '--test-reporter=tap', ...files], { encoding: 'utf8' });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(result.stdout ?? '')?.[1] ?? 0);
  const failures = [...(result.stdout ?? '').matchAll(/^\s*not ok \d+ - (.*)$/gm)].map((match) => `node test › ${match[1]}`);
  const counts = { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo'), failures };
  // A run that crashed before its summary is a failure, whatever it printed.
  if (result.status !== 0 && counts.failed === 0) {
    counts.failed = 1;
    failures.push(`node tests exited with status ${result.status} before their summary`);
  }
  console.log(`\nNode tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (browser suite next)`);
  return counts;
}

ensureChromium();
const run = (cmd, args, env = process.env) => spawnSync(cmd, args, { stdio: 'inherit', shell: false, env }).status ?? 1;
if (run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) {
  console.log('\n0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
const wtrArgs = process.argv.slice(2);
// `npm test -- --files …` runs only the browser files named.
const node = wtrArgs.length ? { passed: 0, failed: 0, skipped: 0, failures: [] } : runNodeTests();
const status = run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...wtrArgs], { ...process.env, PAY_NODE_TEST_COUNTS: JSON.stringify(node) });
process.exit(status !== 0 || node.failed > 0 ? 1 : 0);
