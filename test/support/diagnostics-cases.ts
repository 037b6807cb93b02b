/**
 * The differential table the CSP evaluator is measured on against Chromium: one hand-written
 * page per class of known disagreement (issue 8), then seeded random pages crossing policies
 * (directive mix, source lists, delivery as header lines, comma-joined header, meta, meta with
 * a comma, report-only) × request types × URLs. Deterministic: the same seed, the same table.
 *
 * A page's frame probes each aim at a different origin, and a page has at most one `blob:`
 * probe per request type: Chromium names a blocked frame only by its origin, and any blocked
 * blob by `blob`, so two such probes in one page could not be told apart.
 */
import type { RequestType } from '../../src/diagnostics/csp-evaluate.js';
import type { PolicyDelivery, ServerConfig } from './diagnostics-harness.js';
import { SELF_BLOB, type DifferentialProbe } from './csp-differential-harness.js';

/** Base64 digests of the harness's HASHED_BODY (computed in the browser). */
export interface BodyHashes {
  sha256: string;
  sha384: string;
}

export interface TableCase {
  /** What the page is about (a class of the issue, or `random`). */
  label: string;
  delivery: PolicyDelivery;
  probes: DifferentialProbe[];
}

/** mulberry32: small, seedable, good enough to spread cases. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const base64url = (value: string) => value.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const TYPES: RequestType[] = ['script', 'frame', 'connect', 'form'];
const ALL_DIRECTIVES = (sources: string) => `default-src ${sources}; form-action ${sources}`;

/** The source expressions random policies draw from: the old pool plus every issue-8 class. */
export function sourcePool({ port, ports: [p1, p2] }: ServerConfig, h: BodyHashes): string[] {
  return [
    "'self'", "'none'", '*', 'http:', 'https:', 'data: blob:', 'blob:',
    `'self' http://127.0.0.1:${port}`, `http://localhost:${p1}`, `http://*.localhost:${p1}`, '*.localhost:*',
    'localhost:*', 'http://localhost:*', `http://localhost:${p1}/__diag/r/lib/`, `http://localhost:${p1}/__diag/r/lib/x.js`,
    `http://a.localhost:${p1} http://localhost:${p2}`, `'self' http://*.a.localhost:${p1}`, `'strict-dynamic' http://localhost:${p1}`,
    "'nonce-abc' 'strict-dynamic'", `'unsafe-inline' http://localhost:${p2}`, `https://localhost:${p1}`, `localhost:${p1}`,
    `http://*.localhost:${p2}/__diag/r/`, `http://LOCALHOST:${p1}/__diag/R/`, `http://*:${p2}`, `HTTP://a.localhost:${p1}`,
    // hosts are literal
    `http://localhost.:${p1}`, `localhost.:${p2}`,
    // ports are decimal; upgrades keep default ports only
    `http://localhost:0${p1}`, `http://localhost:00${p2}`, 'https://localhost:80', 'http://localhost:80', 'http://localhost',
    'https://localhost', 'http://localhost:443', `http://localhost:${port}`, `https://localhost:${port}`,
    // paths: odd percent-encoding, a query or fragment (ignored by Chromium)
    `http://localhost:${p1}/__diag/r/%ZZ/`, `http://localhost:${p1}/__diag/r/%E9/`, `http://localhost:${p1}/__diag/r/l%69b/`,
    `http://localhost:${p1}/__diag/r/lib/x.js?v=1`, `http://localhost:${p1}/__diag/r/#top`, `http://localhost:${p2}/__diag/r/?a`,
    // hashes and nonces
    `'sha256-${h.sha256}'`, `'SHA256-${h.sha256}'`, `'sha384-${base64url(h.sha384)}'`, `'Sha384-${h.sha384}'`, `'sha512-${h.sha384}'`,
    "'nonce-abc'", "'nonce-ab=c'", "'nonce-abc=='", "'nonce-a_b-c'", "'nonce-abc==='",
    // non-ASCII (Latin-1, so it can travel in a header): the whole directive is dropped
    "'self' \u00e9", `http://localhost:${p1}/caf\u00e9/`,
  ];
}

/** The request URLs random probes draw from. */
export function urlPool({ port, ports: [p1, p2] }: ServerConfig): string[] {
  const origins = [
    `http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://localhost:${p1}`, `http://a.localhost:${p1}`,
    `http://b.a.localhost:${p1}`, `http://localhost:${p2}`, `http://a.localhost:${p2}`, `http://127.0.0.1:${p1}`,
    `http://localhost.:${p1}`, `https://localhost:${p1}`, 'https://localhost', 'https://localhost:80', `https://localhost:${port}`,
  ];
  const paths = ['/__diag/r/lib/x.js', '/__diag/r/other/y.js', '/__diag/r/lib/deeper/z.js'];
  const oddPaths = ['/__diag/r/%ZZ/x.js', '/__diag/r/%25ZZ/x.js', '/__diag/r/%C3%A9/x.js', '/__diag/r/%E9/x.js', '/__diag/r/lib/%E0%A4%A.js', '/__diag/r/l%69b/x.js'];
  return [
    ...origins.flatMap((o) => paths.map((p) => o + p)),
    ...oddPaths.map((p) => `http://localhost:${p1}${p}`),
    SELF_BLOB,
  ];
}

const NONCES = ['abc', 'ab=c', 'abc==', 'a_b-c', 'ABC'];
const integrities = (h: BodyHashes) => [
  `sha256-${h.sha256}`, `sha384-${h.sha384}`, `sha384-${base64url(h.sha384)}`, `SHA384-${h.sha384}`,
  `sha256-${h.sha256} sha384-${h.sha384}`, `sha256-${h.sha256.replace(/=+$/, '')}`,
];

/** The origin a violation names for a frame probe (Chromium strips a blocked frame's URL to it). */
function reportKey(url: string): string {
  return url === SELF_BLOB ? 'blob' : new URL(url).origin;
}

function probesFor(id: string, urls: readonly string[], extra: Partial<DifferentialProbe> = {}): DifferentialProbe[] {
  return urls.flatMap((url, u) => TYPES.map((type) => ({ id: `${id}-${u}-${type}`, type, url, ...(type === 'script' ? extra : {}) })));
}

/** One page per class of issue 8, each checked in Chromium (see the README table). */
export function classCases({ port, ports: [p1, p2] }: ServerConfig, h: BodyHashes): TableCase[] {
  const self = `http://localhost:${port}`;
  const P1 = `http://localhost:${p1}`;
  const r = (origin: string, path = '/__diag/r/x.js') => origin + path;
  const script = (id: string, url: string, extra: Partial<DifferentialProbe>): DifferentialProbe => ({ id, type: 'script', url, ...extra });
  return [
    { label: "'self' vs blob:", delivery: { csp: [ALL_DIRECTIVES("'self'")] }, probes: probesFor('blob-self', [SELF_BLOB, r(self)]) },
    { label: "'*' vs blob:", delivery: { csp: [ALL_DIRECTIVES('*')] }, probes: probesFor('blob-star', [SELF_BLOB]) },
    { label: 'blob: scheme', delivery: { meta: [ALL_DIRECTIVES('blob:')] }, probes: probesFor('blob-scheme', [SELF_BLOB]) },
    {
      label: 'hash sources', delivery: { csp: [`script-src 'SHA256-${h.sha256}' 'sha384-${base64url(h.sha384)}'`] },
      probes: integrities(h).map((integrity, i) => script(`hash-${i}`, r(P1), { integrity })),
    },
    {
      label: 'hash sources, base64 policy', delivery: { csp: [`script-src 'sha384-${h.sha384}' 'sha512-${h.sha256}'`] },
      probes: integrities(h).map((integrity, i) => script(`hash-b-${i}`, r(P1), { integrity })),
    },
    {
      label: 'nonce grammar', delivery: { csp: [`script-src 'nonce-ab=c' 'NONCE-abc==' 'nonce-a_b-c' 'nonce-x===' 'nonce-='`] },
      probes: ['ab=c', 'abc==', 'a_b-c', 'x===', '=', 'ABC=='].map((nonce, i) => script(`nonce-${i}`, r(P1), { nonce })),
    },
    {
      label: 'non-ASCII directive (header)', delivery: { csp: [`script-src 'self' \u00e9; connect-src ${P1}/caf\u00e9/; default-src ${P1}`] },
      probes: [...probesFor('nonascii-h', [r(self), r(P1)])],
    },
    {
      label: 'non-ASCII directive (meta)', delivery: { meta: [`script-src 'self' \u20ac; frame-src 'self'; default-src ${P1}`] },
      probes: [...probesFor('nonascii-m', [r(self), r(P1)])],
    },
    { label: 'trailing dot in source', delivery: { csp: [ALL_DIRECTIVES(`http://localhost.:${p1}`)] }, probes: probesFor('dot-src', [r(P1), r(`http://localhost.:${p1}`)]) },
    { label: 'trailing dot in URL', delivery: { csp: [ALL_DIRECTIVES(`http://localhost:${p1}`)] }, probes: probesFor('dot-url', [r(`http://localhost.:${p1}`)]) },
    { label: 'leading zeros in port', delivery: { csp: [ALL_DIRECTIVES(`http://localhost:000${p1} localhost:0${p2}`)] }, probes: probesFor('zero-port', [r(P1), r(`http://localhost:${p2}`)]) },
    { label: 'https://host:80', delivery: { csp: [ALL_DIRECTIVES('https://localhost:80')] }, probes: probesFor('https80', [r('https://localhost'), r('https://localhost:80')]) },
    { label: 'http upgrade, other port', delivery: { csp: [ALL_DIRECTIVES(`http://localhost:${p1} localhost:${p2}`)] }, probes: probesFor('up-port', [r(`https://localhost:${p1}`), r(`https://localhost:${p2}`)]) },
    { label: 'http upgrade, default port', delivery: { csp: [ALL_DIRECTIVES('http://localhost')] }, probes: probesFor('up-default', [r('https://localhost'), r('https://localhost:80')]) },
    { label: 'http upgrade, :80', delivery: { csp: [ALL_DIRECTIVES('http://localhost:80')] }, probes: probesFor('up-80', [r('https://localhost')]) },
    { label: 'http upgrade, :443', delivery: { csp: [ALL_DIRECTIVES('http://localhost:443')] }, probes: probesFor('up-443', [r('https://localhost')]) },
    { label: "'self' upgrade", delivery: { csp: [ALL_DIRECTIVES("'self'")] }, probes: probesFor('self-up', [r(`https://localhost:${port}`)]) },
    {
      label: 'percent-encoding', delivery: { csp: [ALL_DIRECTIVES(`${P1}/__diag/r/%ZZ/ ${P1}/__diag/r/%E9/ http://localhost:${p2}/__diag/r/lib/`)] },
      probes: [
        ...probesFor('pct-1', [r(P1, '/__diag/r/%25ZZ/x.js')]), ...probesFor('pct-2', [r(`http://localhost:${p2}`, '/__diag/r/lib/%E0%A4%A.js')]),
        ...probesFor('pct-3', [r(P1, '/__diag/r/%ZZ/x.js'), r(P1, '/__diag/r/%C3%A9/x.js'), r(P1, '/__diag/r/%C3/x.js')]).filter((p) => p.type !== 'frame'),
      ],
    },
    { label: 'meta with a comma', delivery: { meta: [`connect-src 'self' ${P1}, connect-src ${P1}; script-src 'self'`] }, probes: probesFor('meta-comma', [r(self), r(P1)]) },
    { label: 'query in source path', delivery: { csp: [ALL_DIRECTIVES(`${P1}/__diag/r/x.js?a=b http://localhost:${p2}/__diag/r/#f`)] }, probes: probesFor('query', [r(P1), r(`http://localhost:${p2}`, '/__diag/r/y.js')]) },
  ];
}

function randomPolicy(random: () => number, pool: readonly string[]): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const directives = ['default-src', 'script-src', 'script-src-elem', 'frame-src', 'child-src', 'connect-src', 'form-action'];
  const parts: string[] = [];
  for (const name of directives) {
    if (random() < 0.4) parts.push(`${name} ${Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(pool)).join(' ')}`);
  }
  if (!parts.length) parts.push(`default-src ${pick(pool)}`);
  return parts.join('; ');
}

/** Picks `count` probes of `type`; frame probes get distinct origins, and one blob: at most. */
function randomProbes(random: () => number, urls: readonly string[], type: RequestType, count: number, id: string, h: BodyHashes): DifferentialProbe[] {
  const probes: DifferentialProbe[] = [];
  const keys = new Set<string>();
  for (let attempt = 0; probes.length < count && attempt < 50; attempt++) {
    const url = urls[Math.floor(random() * urls.length)]!;
    const key = type === 'frame' || url === SELF_BLOB ? reportKey(url) : url + attempt;
    if (keys.has(key)) continue;
    keys.add(key);
    const probe: DifferentialProbe = { id: `${id}-${probes.length}`, type, url };
    if (type === 'script') {
      const roll = random();
      if (roll < 0.2) probe.nonce = NONCES[Math.floor(random() * NONCES.length)]!;
      else if (roll < 0.4) probe.integrity = integrities(h)[Math.floor(random() * integrities(h).length)]!;
    }
    probes.push(probe);
  }
  return probes;
}

/** `pages` random policy pages of `perType` probes for each of the four request types. */
export function generateTable(config: ServerConfig, h: BodyHashes, seed: number, pages: number, perType: number): TableCase[] {
  const random = seededRandom(seed);
  const pool = sourcePool(config, h);
  const urls = urlPool(config);
  const table: TableCase[] = [];
  for (let page = 0; page < pages; page++) {
    const a = randomPolicy(random, pool);
    const b = randomPolicy(random, pool);
    const deliveries: PolicyDelivery[] = [
      { csp: [a] }, { meta: [a] }, { csp: [a], meta: [b] }, { csp: [a, b] }, { joined: [a, b] }, { csp: [a], ro: [b] }, { ro: [a] },
      { meta: [`${a}, ${b}`] },
    ];
    const delivery = deliveries[page % deliveries.length]!;
    const probes = TYPES.flatMap((type) => randomProbes(random, urls, type, perType, `g${page}-${type}`, h));
    table.push({ label: 'random', delivery, probes });
  }
  return table;
}
