/**
 * `pay-elements/vue` makes Vue templates type-check: vue-tsc accepts a merchant's checkout
 * (properties, `.prop` bindings, typed `@pay-*` handlers) and reports each mistake in a wrong one.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function vueTsc(fixture: 'good' | 'wrong') {
  const result = spawnSync(process.execPath, ['node_modules/vue-tsc/bin/vue-tsc.js', '-p', `test/fixtures/vue/${fixture}/tsconfig.json`], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('vue-tsc accepts a checkout template using the elements as documented', { timeout: 180_000 }, () => {
  const { status, output } = vueTsc('good');
  assert.equal(output.trim(), '');
  assert.equal(status, 0);
});

test('vue-tsc reports a wrong property type, a made-up event detail field and a wrong .prop type', { timeout: 180_000 }, () => {
  const { status, output } = vueTsc('wrong');
  assert.notEqual(status, 0);
  assert.match(output, /Checkout\.vue\(8,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
  assert.match(output, /Checkout\.vue\(10,\d+\): error TS2339: Property 'cardNumber' does not exist on type 'PayCardSubmitDetail'/);
  assert.match(output, /Checkout\.vue\(12,\d+\): error TS2322: Type 'string' is not assignable to type/);
  assert.equal(output.match(/error TS/g)?.length, 3, output);
});
