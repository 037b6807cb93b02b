// Dev-server plugin for the diagnostics tests: pages served with real CSP / CSP-Report-Only /
// COOP headers taken from query parameters, fake provider resources (script, frame page, API,
// form target) on the dev server and on two extra loopback servers (other ports = other
// origins), and a server command that runs the command-line doctor against this server.
import http from 'node:http';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

const escapeAttr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const FRAME_PAGE = (id) => `<!doctype html><html lang="en"><head><title>probe</title></head><body><script>
parent.postMessage({ diagProbe: ${JSON.stringify(id)} }, '*');
</script></body></html>`;

/** A provider resource: `k` says what kind (js, frame, api, form), `c` the case id. */
function resource(url) {
  const kind = url.searchParams.get('k') ?? 'js';
  const id = url.searchParams.get('c') ?? '';
  if (kind === 'frame' || kind === 'form') {
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: FRAME_PAGE(id) };
  }
  if (kind === 'api') {
    return { status: 200, headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' }, body: JSON.stringify({ ok: id }) };
  }
  return { status: 200, headers: { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' }, body: `(self.__probes ||= []).push(${JSON.stringify(id)});` };
}

/**
 * A page with real policy headers: `csp` (one header line each), `joined` (values joined into one
 * header line with ", "), `ro` (report-only), `meta` (meta tags), `coop`, `coopro`, `coep`.
 * `cors=1` allows cross-origin reads, `expose` lists Access-Control-Expose-Headers.
 * `script=1` adds an inline script that opens `popup` and reports through a BroadcastChannel.
 */
function policyPage(url) {
  const q = url.searchParams;
  const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
  const csp = q.getAll('csp');
  if (q.getAll('joined').length) csp.push(q.getAll('joined').join(', '));
  if (csp.length) headers['content-security-policy'] = csp;
  if (q.getAll('ro').length) headers['content-security-policy-report-only'] = q.getAll('ro');
  if (q.get('coop')) headers['cross-origin-opener-policy'] = q.get('coop');
  if (q.get('coopro')) headers['cross-origin-opener-policy-report-only'] = q.get('coopro');
  if (q.get('coep')) headers['cross-origin-embedder-policy'] = q.get('coep');
  // `cors=1`: readable from other origins (Access-Control-Allow-Origin: *); `expose`: the
  // headers listed in Access-Control-Expose-Headers (without it, CORS hides the policies).
  if (q.get('cors')) headers['access-control-allow-origin'] = '*';
  if (q.get('expose')) headers['access-control-expose-headers'] = q.get('expose');
  const metas = q.getAll('meta').map((c) => `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(c)}">`).join('');
  const popup = q.get('popup');
  const script = popup ? `<script>${coopProbe(popup, q.get('channel') ?? 'diag-coop')}</script>` : '';
  // `body`: raw markup for parser-inserted cases (a nonce'd recorder, a <script src> tag).
  const raw = q.get('body') ?? '';
  return { status: 200, headers, body: `<!doctype html><html lang="en"><head><title>policy</title>${metas}</head><body>${raw}${script}</body></html>` };
}

// Runs in a page served with a COOP header: opens the provider popup and reports whether the
// link survived (the popup can post to its opener, and the opener's handle is not "closed").
const coopProbe = (popup, channel) => `
const bc = new BroadcastChannel(${JSON.stringify(channel)});
let message = false;
let reported = false;
const w = window.open(${JSON.stringify(popup)}, '_blank');
// Reports as soon as the popup's message arrives (a busy machine may take seconds to load it),
// or after 5 s without one: the link was cut.
const report = () => {
  if (reported) return;
  reported = true;
  bc.postMessage({ opened: !!w, closed: w ? w.closed : null, message });
  try { w && w.close(); } catch {}
  window.close();
};
addEventListener('message', (e) => { if (e.data === 'from-popup') { message = true; report(); } });
setTimeout(report, 5000);`;

const POPUP_PAGE = `<!doctype html><html lang="en"><head><title>popup</title></head><body><script>
if (window.opener) window.opener.postMessage('from-popup', '*');
</script></body></html>`;

// `log=<id>` on a policy page records each request's method and query (DX-B: "never request a
// POSTed page again"); `GET /__diag/log?id=<id>` answers the list.
const requestLog = new Map();

function route(url, method) {
  if (url.pathname.startsWith('/__diag/r/')) return resource(url);
  if (url.pathname === '/__diag/log') {
    return { status: 200, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body: JSON.stringify(requestLog.get(url.searchParams.get('id')) ?? []) };
  }
  if (url.pathname === '/__diag/policy') {
    const id = url.searchParams.get('log');
    if (id) requestLog.set(id, [...(requestLog.get(id) ?? []), { method, search: url.search }]);
    return policyPage(url);
  }
  if (url.pathname === '/__diag/popup') return { status: 200, headers: { 'content-type': 'text/html' }, body: POPUP_PAGE };
  if (method === 'OPTIONS') return { status: 204, headers: { 'access-control-allow-origin': '*' }, body: '' };
  return null;
}

let cliBundle;
function bundleCli() {
  cliBundle ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'pay-cli-')), 'cli.mjs');
    await build({
      entryPoints: [join(root, 'src/cli/main.ts')], bundle: true, platform: 'node', format: 'esm',
      target: 'node20', outfile, tsconfig: join(root, 'tsconfig.json'), logLevel: 'warning',
    });
    return outfile;
  })();
  return cliBundle;
}

/** Runs `file` in Node; the doctor's language comes from `env` (English, whatever this machine's LANG, unless a test sets one). */
function runNode(file, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function diagnosticsServerPlugin() {
  const extra = [];
  let port = 0;
  return {
    name: 'pay-diagnostics-server',
    async serverStart({ server, config }) {
      port = config.port;
      const handle = (req, res) => {
        const url = new URL(req.url, 'http://localhost');
        // A page that answers only after `ms` (DX-B: bounded timeouts in diagnose() and the doctor).
        if (url.pathname === '/__diag/slow') {
          req.resume();
          const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>slow</title>'), Number(url.searchParams.get('ms') ?? 8000));
          res.on('close', () => clearTimeout(timer));
          return;
        }
        // Pages that must not hang the doctor (issue 8): no answer ever, a redirect loop, an
        // endless fast body (a meta policy first), and a body that trickles forever.
        if (url.pathname === '/__diag/never') {
          req.resume();
          return;
        }
        if (url.pathname === '/__diag/loop') {
          req.resume();
          res.writeHead(302, { location: `/__diag/loop?n=${Number(url.searchParams.get('n') ?? 0) + 1}` }).end();
          return;
        }
        if (url.pathname === '/__diag/huge' || url.pathname === '/__diag/trickle') {
          req.resume();
          const meta = url.searchParams.get('meta');
          res.writeHead(200, { 'content-type': 'text/html' });
          res.write(`<!doctype html><html><head>${meta ? `<meta http-equiv="Content-Security-Policy" content="${meta.replace(/"/g, '&quot;')}">` : ''}<title>endless</title>`);
          const chunk = url.pathname === '/__diag/huge' ? `<!-- ${'x'.repeat(65_536)} -->` : ' ';
          let open = true;
          const timers = new Set();
          res.on('close', () => { open = false; for (const t of timers) clearTimeout(t); });
          const pump = () => {
            if (!open) return;
            if (url.pathname === '/__diag/trickle') {
              res.write(chunk);
              const t = setTimeout(() => { timers.delete(t); pump(); }, 200);
              timers.add(t);
              return;
            }
            while (open && res.write(chunk)) { /* until the socket buffer is full */ }
            if (open) res.once('drain', pump);
          };
          pump();
          return;
        }
        const found = url.pathname === '/__diag/config'
          ? { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ port, ports: extra.map((s) => s.address().port) }) }
          : route(url, req.method) ?? { status: 404, headers: {}, body: 'not found' };
        req.resume();
        res.writeHead(found.status, found.headers);
        res.end(found.body);
      };
      for (let i = 0; i < 2; i++) {
        const extraServer = http.createServer(handle);
        await new Promise((resolve) => extraServer.listen(0, resolve));
        extra.push(extraServer);
      }
      // The dev server's Koa stack answers 404 for unknown paths before a late `app.use()`
      // runs, and Koa copies its middleware list at start; so these paths are answered on the
      // raw server, ahead of Koa (which also lets one header name repeat on several lines).
      const koaListeners = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        if (req.url.startsWith('/__diag/')) {
          handle(req, res);
          return;
        }
        for (const listener of koaListeners) listener.call(server, req, res);
      });
    },
    async serverStop() {
      await Promise.all(extra.map((s) => new Promise((resolve) => s.close(resolve))));
    },
    async executeCommand({ command, payload }) {
      if (command !== 'pay-doctor') return undefined;
      const file = await bundleCli();
      const args = (payload?.args ?? []).map((a) => String(a).replace('{origin}', `http://localhost:${port}`));
      return runNode(file, args, payload?.env);
    },
  };
}
