// React in the browser tests. React ships CommonJS only, which the dev server can't serve as
// ES modules, so esbuild pre-bundles it once (development build) into one module, and small
// facade modules re-export each entry from it: 'react', 'react-dom', 'react-dom/client' and
// the JSX runtimes share that single React instance (two copies would break hooks).
// Bare imports of those names, from tests, src/react/index.ts or any package, resolve here.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BASE = '/__react';

/** Each served specifier: its facade's URL and the namespace it takes from the bundle. */
const ENTRIES = {
  react: { url: `${BASE}/react.js`, namespace: 'React' },
  'react-dom': { url: `${BASE}/react-dom.js`, namespace: 'ReactDOM' },
  'react-dom/client': { url: `${BASE}/react-dom-client.js`, namespace: 'ReactDOMClient' },
  'react/jsx-runtime': { url: `${BASE}/jsx-runtime.js`, namespace: 'JSXRuntime' },
  'react/jsx-dev-runtime': { url: `${BASE}/jsx-dev-runtime.js`, namespace: 'JSXDevRuntime' },
};

let bundlePromise;

/** One ES module holding React, ReactDOM and the JSX runtimes, each as a namespace export. */
function reactBundle() {
  const imports = Object.entries(ENTRIES).map(([specifier, { namespace }]) => `import * as ${namespace} from '${specifier}';`);
  const exports = `export { ${Object.values(ENTRIES).map(({ namespace }) => namespace).join(', ')} };`;
  bundlePromise ??= build({
    stdin: { contents: [...imports, exports].join('\n'), resolveDir: root, loader: 'js' },
    bundle: true, format: 'esm', target: 'es2021', write: false, logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
  }).then((result) => result.outputFiles[0].text);
  return bundlePromise;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
let exportNames;

/**
 * Each entry's export names. CommonJS has no static export list, so a separate Node process
 * loads the packages (their development builds, as in the bundle) and lists their keys; not
 * this one, whose console the test runner has replaced (React's dev build patches console).
 */
function namesOf(specifier) {
  exportNames ??= JSON.parse(execFileSync(process.execPath, ['-e', `
    const names = {};
    for (const specifier of ${JSON.stringify(Object.keys(ENTRIES))}) names[specifier] = Object.keys(require(specifier));
    process.stdout.write(JSON.stringify(names));
  `], { cwd: root, env: { ...process.env, NODE_ENV: 'development' }, encoding: 'utf8' }));
  return exportNames[specifier].filter((name) => IDENTIFIER.test(name) && name !== 'default').sort();
}

/** A facade re-exporting one entry's names from the shared bundle. */
function facade(specifier) {
  const { namespace } = ENTRIES[specifier];
  const names = namesOf(specifier);
  return [
    `import { ${namespace} } from '${BASE}/bundle.js';`,
    `const entry = ${namespace}.default ?? ${namespace};`,
    'export default entry;',
    `export const { ${names.join(', ')} } = entry;`,
    '',
  ].join('\n');
}

export function reactPlugin() {
  const facades = new Map(Object.entries(ENTRIES).map(([specifier, { url }]) => [url, specifier]));
  return {
    name: 'pay-elements-react',
    resolveImport({ source }) {
      return ENTRIES[source]?.url;
    },
    async serve(context) {
      if (context.path === `${BASE}/bundle.js`) return { body: await reactBundle(), type: 'js' };
      const specifier = facades.get(context.path);
      if (specifier) return { body: facade(specifier), type: 'js' };
      return undefined;
    },
  };
}
