/**
 * Server-side rendering: every browser entry imports in Node without throwing (Next.js, Nuxt,
 * Angular Universal and Astro evaluate them on the server), and `renderToString` of a page
 * using the React wrappers works. The entries are read from package.json `exports`, so a new
 * element is covered the day it is exported.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const root = new URL('../../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  exports: Record<string, string | { import: string }>;
};

/** package.json export → its source module (dist/x.js is the build of src/x.ts). */
const browserEntries = Object.entries(manifest.exports)
  .map(([name, target]) => [name, typeof target === 'string' ? target : target.import] as const)
  .filter(([name, target]) => /^\.\/dist\/.+\.js$/.test(target) && !target.includes('/cdn/') && !target.includes('/node/') && name !== './server')
  .map(([name, target]) => [name, target.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts')] as const);

test('package.json exports every browser entry this test imports', () => {
  const names = browserEntries.map(([name]) => name);
  for (const name of ['.', './define', './card-form', './react', './diagnostics', './return-page']) assert.ok(names.includes(name), name);
});

for (const [name, source] of browserEntries) {
  test(`import 'pay-elements${name.slice(1)}' in Node (SSR) does not throw`, async () => {
    await assert.doesNotReject(import(pathToFileURL(new URL(source, root).pathname).href));
  });
}

test('renderToString of a page using every React wrapper renders each element’s tag', async () => {
  const React = await import('react');
  const { renderToString } = await import('react-dom/server');
  const wrappers = (await import('../../../src/react/index.js')) as Record<string, unknown>;
  const components = Object.entries(wrappers).filter(([, value]) => typeof value === 'object' && value !== null && '$$typeof' in value);
  assert.ok(components.length >= 6, 'every element has a wrapper');
  const html = renderToString(
    React.createElement('main', null, ...components.map(([key, component]) => React.createElement(component as React.FC, { key }))),
  );
  for (const [exportName] of components) {
    const tag = `pay-${exportName.replace(/^Pay/, '').replace(/[A-Z]/g, (letter, offset: number) => `${offset ? '-' : ''}${letter.toLowerCase()}`)}`;
    assert.match(html, new RegExp(`<${tag}[\\s>]`), `${exportName} renders <${tag}>`);
  }
});
