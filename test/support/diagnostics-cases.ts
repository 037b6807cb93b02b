/**
 * The generated differential table: seeded random policies (directive mix, source lists,
 * delivery as header lines, comma-joined header, meta, report-only) × probe URLs per request
 * type. Deterministic: the same seed gives the same table on every run.
 */
import type { RequestType } from '../../src/diagnostics/csp-evaluate.js';
import type { PolicyDelivery, Probe, ServerConfig } from './diagnostics-harness.js';

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

export function sourcePool({ port, ports: [p1, p2] }: ServerConfig): string[] {
  return [
    "'self'", "'none'", '*', 'http:', 'https:', 'ws:', 'data: blob:',
    `'self' http://127.0.0.1:${port}`, `http://localhost:${p1}`, `http://*.localhost:${p1}`, '*.localhost:*',
    'localhost:*', 'http://localhost:*', 'http://127.0.0.1:*', `http://localhost:${p1}/__diag/r/lib/`,
    `http://localhost:${p1}/__diag/r/lib/x.js`, `http://a.localhost:${p1} http://localhost:${p2}`,
    `'self' http://*.a.localhost:${p1}`, `'strict-dynamic' http://localhost:${p1}`, "'nonce-abc' 'strict-dynamic'",
    `'unsafe-inline' http://localhost:${p2}`, `https://localhost:${p1}`, `localhost:${p1}`,
    `http://*.localhost:${p2}/__diag/r/`, "'self' 'unsafe-eval'", `http://LOCALHOST:${p1}/__diag/R/`, `http://localhost:${p1}/__diag/r/lib`,
    `http://*:${p2}`, `HTTP://a.localhost:${p1}`, `'report-sample' http://127.0.0.1:${port}/__diag/`,
  ];
}

export function urlPool({ port, ports: [p1, p2] }: ServerConfig): string[] {
  const origins = [
    `http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://localhost:${p1}`, `http://a.localhost:${p1}`,
    `http://b.a.localhost:${p1}`, `http://localhost:${p2}`, `http://a.localhost:${p2}`, `http://127.0.0.1:${p1}`,
  ];
  const paths = ['/__diag/r/lib/x.js', '/__diag/r/other/y.js', '/__diag/r/lib/deeper/z.js'];
  return origins.flatMap((o) => paths.map((p) => o + p));
}

const DIRECTIVES = ['default-src', 'script-src', 'script-src-elem', 'frame-src', 'child-src', 'connect-src', 'form-action'];
const TYPES: RequestType[] = ['script', 'frame', 'connect', 'form'];

export interface TableCase {
  delivery: PolicyDelivery;
  probes: Probe[];
}

function randomPolicy(random: () => number, pool: string[]): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const parts: string[] = [];
  for (const name of DIRECTIVES) {
    if (random() < 0.4) {
      const sources = random() < 0.3 ? `${pick(pool)} ${pick(pool)}` : pick(pool);
      parts.push(`${name} ${sources}`);
    }
  }
  if (!parts.length) parts.push(`default-src ${pick(pool)}`);
  return parts.join('; ');
}

/** `pages` policy pages of `perType` probes for each of the four request types. */
export function generateTable(config: ServerConfig, seed: number, pages: number, perType: number): TableCase[] {
  const random = seededRandom(seed);
  const pool = sourcePool(config);
  const urls = urlPool(config);
  const table: TableCase[] = [];
  for (let page = 0; page < pages; page++) {
    const a = randomPolicy(random, pool);
    const b = randomPolicy(random, pool);
    const deliveries: PolicyDelivery[] = [
      { csp: [a] },
      { meta: [a] },
      { csp: [a], meta: [b] },
      { csp: [a, b] },
      { joined: [a, b] },
      { csp: [a], ro: [b] },
      { ro: [a] },
    ];
    const delivery = deliveries[page % deliveries.length]!;
    const probes: Probe[] = [];
    for (const type of TYPES) {
      for (let i = 0; i < perType; i++) {
        probes.push({ id: `${page}-${type}-${i}`, type, url: urls[Math.floor(random() * urls.length)]! });
      }
    }
    table.push({ delivery, probes });
  }
  return table;
}
