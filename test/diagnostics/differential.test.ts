/**
 * The CSP evaluator against real Chromium: every case of the differential table (one page per
 * issue-8 class, then seeded random pages) is served as a real page with real policy headers or
 * meta tags, probed in Chromium, and evaluated from the same page's headers and HTML.
 */
import { expect } from '@open-wc/testing';
import { evaluateRequest } from '../../src/diagnostics/csp-evaluate.js';
import { metaPoliciesFromHtml, parseCspHeader, parseMetaPolicies, type CspPolicy } from '../../src/diagnostics/csp-parse.js';
import { policyPageUrl, serverConfig } from '../support/diagnostics-harness.js';
import { HASHED_BODY, runDifferentialPage } from '../support/csp-differential-harness.js';
import { classCases, generateTable, type BodyHashes, type TableCase } from '../support/diagnostics-cases.js';

const SEED = 20261123;
const RANDOM_PAGES = 26;
const PER_TYPE = 8;
const PARALLEL_PAGES = 2;
const TARGET = 0.99;

async function digest(algorithm: string): Promise<string> {
  const buffer = await crypto.subtle.digest(algorithm, new TextEncoder().encode(HASHED_BODY));
  return btoa(String.fromCharCode(...new Uint8Array(buffer)));
}

/** The page's policies as the evaluator reads them: its real response headers and meta tags. */
async function pagePolicies(url: string): Promise<CspPolicy[]> {
  const response = await fetch(url, { cache: 'no-store' });
  const html = await response.text();
  return [
    ...parseCspHeader(response.headers.get('content-security-policy') ?? '', 'enforce'),
    ...parseCspHeader(response.headers.get('content-security-policy-report-only') ?? '', 'report'),
    ...metaPoliciesFromHtml(html).flatMap(parseMetaPolicies),
  ];
}

interface Outcome {
  label: string;
  cases: number;
  disagreements: string[];
  tally: Record<string, number>;
  /** Probes whose load never settled (their verdict still counts). */
  unsettled: string[];
}

async function runCase({ label, delivery, probes }: TableCase): Promise<Outcome> {
  const pageUrl = new URL(policyPageUrl(delivery), location.href).href;
  const policies = await pagePolicies(pageUrl);
  const results = await runDifferentialPage(delivery, probes);
  const outcome: Outcome = { label, cases: probes.length, disagreements: [], tally: {}, unsettled: [] };
  for (const [i, probe] of probes.entries()) {
    const result = results[i]!;
    const request = { type: probe.type, url: result.url, nonce: probe.nonce, integrity: probe.integrity?.split(/\s+/) };
    const verdict = evaluateRequest(policies, request, new URL(pageUrl));
    const key = `${probe.type} ${result.blocked ? 'blocked' : 'allowed'}`;
    outcome.tally[key] = (outcome.tally[key] ?? 0) + 1;
    const extra = [probe.nonce && `nonce=${probe.nonce}`, probe.integrity && `integrity=${probe.integrity}`].filter(Boolean).join(' ');
    const where = `[${label}] ${JSON.stringify(delivery)} ${probe.type} ${result.url} ${extra}`;
    if (result.unsettled) outcome.unsettled.push(`${probe.type} ${result.url}`);
    if (verdict.allowed === result.blocked) {
      outcome.disagreements.push(`evaluator ${verdict.allowed ? 'allows' : 'blocks'}, Chromium ${result.blocked ? 'blocked' : 'allowed'}: ${where}`);
    } else if (delivery.ro && verdict.reportOnlyViolation !== result.reported) {
      outcome.disagreements.push(`report-only: evaluator ${verdict.reportOnlyViolation}, Chromium ${result.reported}: ${where}`);
    }
  }
  return outcome;
}

async function runAll(table: readonly TableCase[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < table.length; i += PARALLEL_PAGES) {
    outcomes.push(...await Promise.all(table.slice(i, i + PARALLEL_PAGES).map(runCase)));
  }
  return outcomes;
}

describe('CSP evaluator against Chromium (differential table, real pages)', function () {
  this.timeout(280_000);
  let classOutcomes: Outcome[] = [];
  let randomOutcomes: Outcome[] = [];

  before(async function () {
    this.timeout(280_000);
    const started = performance.now();
    const config = await serverConfig();
    const hashes: BodyHashes = { sha256: await digest('SHA-256'), sha384: await digest('SHA-384') };
    classOutcomes = await runAll(classCases(config, hashes));
    randomOutcomes = await runAll(generateTable(config, hashes, SEED, RANDOM_PAGES, PER_TYPE));
    const all = [...classOutcomes, ...randomOutcomes];
    const cases = all.reduce((n, o) => n + o.cases, 0);
    const disagreements = all.flatMap((o) => o.disagreements);
    const unsettled = all.flatMap((o) => o.unsettled);
    console.log(`differential: ${cases - disagreements.length}/${cases} agree on ${all.length} pages in ${Math.round(performance.now() - started)} ms (${unsettled.length} loads unsettled)`);
    for (const u of unsettled.slice(0, 40)) console.log(`  unsettled: ${u}`);
    for (const d of disagreements) console.log(`  ${d}`);
  });

  it('agrees with Chromium on every case of every issue-8 class', () => {
    const disagreements = classOutcomes.flatMap((o) => o.disagreements);
    expect(classOutcomes.reduce((n, o) => n + o.cases, 0)).to.be.at.least(100);
    expect(disagreements, disagreements.join('\n')).to.deep.equal([]);
  });

  it(`agrees with Chromium on at least ${TARGET * 100} % of 900+ cases`, () => {
    const all = [...classOutcomes, ...randomOutcomes];
    const cases = all.reduce((n, o) => n + o.cases, 0);
    const disagreements = all.flatMap((o) => o.disagreements);
    expect(cases).to.be.at.least(900);
    const agreement = (cases - disagreements.length) / cases;
    expect(agreement, `${(agreement * 100).toFixed(2)} % agreement; disagreements:\n${disagreements.join('\n')}`).to.be.at.least(TARGET);
  });

  it('exercises both verdicts for every request type (a table that never blocks proves nothing)', () => {
    const tally: Record<string, number> = {};
    for (const o of [...classOutcomes, ...randomOutcomes]) for (const [k, n] of Object.entries(o.tally)) tally[k] = (tally[k] ?? 0) + n;
    for (const type of ['script', 'frame', 'connect', 'form']) {
      expect(tally[`${type} blocked`] ?? 0, `${type} blocked`).to.be.at.least(20);
      expect(tally[`${type} allowed`] ?? 0, `${type} allowed`).to.be.at.least(20);
    }
  });
});
