/// <reference types="node" />
/**
 * `pay-elements/server` (and the sandbox, jose, Hono) is unreachable from every browser entry:
 * each browser entry of package.json `exports` is bundled with esbuild, and its metafile (every
 * module the bundle pulled in) must name nothing server-side. The entries are read from
 * package.json, so a new entry is covered the day it is exported.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { import?: string }>;
};

/** Browser entries: `./dist/x.js` (the build of `src/x.ts`), minus the server, Node-only and script-tag files. */
const browserEntries = Object.entries(manifest.exports).flatMap(([name, target]) => {
  const file = typeof target === 'string' ? target : target.import;
  const match = file ? /^\.\/dist\/(.+)\.js$/.exec(file) : null;
  if (!match || name === './server' || /^(node|cdn)\//.test(match[1]!)) return [];
  return [{ name: `pay-elements${name.slice(1)}`, source: join(root, 'src', `${match[1]}.ts`) }];
});

/** Inputs a browser bundle must never contain. */
const SERVER_SIDE = [/(^|\/)src\/server\//, /(^|\/)sandbox\//, /node_modules\/jose\//, /node_modules\/(@hono\/[^/]+|hono)\//];

/** Every module esbuild pulls into a browser bundle of `entry` (lit, zod, React and Vue stay external, as apps dedupe them). */
async function bundledInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*', 'react', 'react/*', 'react-dom', 'react-dom/*', 'vue'],
  });
  return Object.keys(result.metafile.inputs);
}

describe('pay-elements/server is unreachable from every browser entry', () => {
  it('package.json lists the browser entries this test bundles, and the server entry it excludes', () => {
    const names = browserEntries.map(({ name }) => name);
    for (const name of ['pay-elements', 'pay-elements/define', 'pay-elements/card-form', 'pay-elements/diagnostics', 'pay-elements/react']) {
      assert.ok(names.includes(name), `${name} is a browser entry`);
    }
    assert.ok(!names.includes('pay-elements/server'));
  });

  it('the check sees server code when an entry does reach it', async () => {
    // The server entry itself, bundled the same way: proves the patterns match real paths.
    const inputs = await bundledInputs(join(root, 'src/server/index.ts'));
    assert.ok(inputs.some((input) => SERVER_SIDE[0]!.test(input)), 'src/server/ modules are listed');
    assert.ok(inputs.some((input) => SERVER_SIDE[2]!.test(input)), 'jose modules are listed');
  });

  for (const { name, source } of browserEntries) {
    it(`${name} bundles no server, sandbox, jose or Hono module`, async () => {
      const inputs = await bundledInputs(source);
      assert.ok(inputs.length > 0, `${name} bundled`);
      const serverSide = inputs.filter((input) => SERVER_SIDE.some((pattern) => pattern.test(input)));
      assert.deepEqual(serverSide, [], `${name} reaches server-side modules`);
    });
  }
});
