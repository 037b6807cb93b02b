/**
 * Angular's AOT compiler with strictTemplates checks templates using pay-elements: `$event` of a
 * `(pay-*)` binding is typed from the elements' declared events (test/fixtures/angular/).
 * The same component runs in Chromium in test/frameworks/angular.test.ts.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function ngc(fixture: 'good' | 'wrong') {
  const result = spawnSync(
    process.execPath,
    ['node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js', '-p', `test/fixtures/angular/${fixture}/tsconfig.json`, '--noEmit'],
    { cwd: root, encoding: 'utf8' },
  );
  // ngc colours its diagnostics; compare plain text.
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

test('ngc (strictTemplates) compiles a standalone checkout component with property and event bindings', { timeout: 240_000 }, () => {
  const { status, output } = ngc('good');
  assert.equal(output.trim(), '');
  assert.equal(status, 0);
});

test('ngc reports a made-up field of pay-card-submit’s detail', { timeout: 240_000 }, () => {
  const { status, output } = ngc('wrong');
  assert.notEqual(status, 0);
  assert.match(output, /checkout\.component\.ts:9:\d+ - error TS2339: Property 'cardNumber' does not exist on type 'PayCardSubmitDetail'/);
});
