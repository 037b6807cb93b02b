// `npm start` only: serves the script-tag files (dist/cdn/) to the demo without a build step.
// They are built in memory by vite with the project's own config, in `cdn` mode, exactly as
// `npm run build` writes dist/cdn/ (the same way test/support/pages-plugin.mjs does for tests),
// and served byte for byte: the per-element files are loaded with SRI hashes, which any
// re-printing by the dev server would break.
//   /__pages/cdn/<file>   every file of dist/cdn/ (pay-elements.iife.js, pay-<name>.iife.js, …)
// The path is the test server's (pagesPlugin) on purpose: demo/embed-script-tag.html then loads
// the real IIFE under both servers. The build runs once, in the background from server start;
// edits to src/ need a restart of `npm start` to reach these files.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PREFIX = '/__pages/cdn/';

/** @returns {import('vite').Plugin} */
export function demoCdnPlugin() {
  /** @type {Promise<Map<string, Buffer>> | undefined} */
  let filesPromise;
  const cdnFiles = () => {
    filesPromise ??= build({
      root, configFile: `${root}/vite.config.ts`, mode: 'cdn', logLevel: 'silent', build: { write: false },
    }).then((result) => new Map((Array.isArray(result) ? result[0] : result).output
      .map((item) => [item.fileName, Buffer.from(item.type === 'chunk' ? item.code : item.source)])));
    return filesPromise;
  };
  return {
    name: 'pay-elements-demo-cdn',
    apply: 'serve',
    configureServer(server) {
      // Start now, so the first page load does not wait for the whole build.
      cdnFiles().catch((error) => server.config.logger.error(`  Script-tag build failed: ${error?.message ?? error}`));
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (!path.startsWith(PREFIX)) return next();
        cdnFiles().then((files) => {
          const bytes = files.get(path.slice(PREFIX.length));
          if (!bytes) return next();
          res.setHeader('Content-Type', path.endsWith('.json') ? 'application/json' : 'text/javascript; charset=utf-8');
          // The per-element files are fetched with `crossorigin` (SRI): allow it, as a CDN does.
          res.setHeader('Access-Control-Allow-Origin', '*');
          res.setHeader('Cache-Control', 'no-store');
          res.end(bytes);
        }, (error) => next(error));
      });
    },
  };
}
