// `npm test`: makes sure a Chromium is there (installing Debian's when root), then
// typechecks and runs the whole browser suite. Extra arguments go to web-test-runner.
import { execFileSync, spawnSync } from 'node:child_process';
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

ensureChromium();
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
if (run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) {
  console.log('\n0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
process.exit(run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)]));
