import { expect } from '@open-wc/testing';
import { evaluateRequest } from '../../src/diagnostics/csp-evaluate.js';
import { readPolicies } from '../../src/diagnostics/read-policies.js';
import { policyPageUrl, runProbes, serverConfig } from '../support/diagnostics-harness.js';
import { generateTable, type TableCase } from '../support/diagnostics-cases.js';

const SEED = 20261123;
const PAGES = 28;
const PER_TYPE = 3;

async function inBatches<T, R>(items: readonly T[], size: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...await Promise.all(items.slice(i, i + size).map(f)));
  return out;
}

describe('CSP evaluator against Chromium (generated differential table)', function () {
  this.timeout(60_000);

  it('agrees with Chromium on every generated (policy, URL, request type) case', async () => {
    const config = await serverConfig();
    const table = generateTable(config, SEED, PAGES, PER_TYPE);
    const total = table.reduce((n, c) => n + c.probes.length, 0);
    expect(total).to.be.at.least(200);
    const mismatches: string[] = [];
    const tally: Record<string, number> = {};
    await inBatches(table, 6, async ({ delivery, probes }: TableCase) => {
      const pageUrl = new URL(policyPageUrl(delivery), location.href).href;
      // The evaluator reads the same page the browser got: real headers, meta from the body.
      const policies = await readPolicies({ url: pageUrl, metaFromBody: true });
      const results = await runProbes(delivery, probes);
      for (const [i, probe] of probes.entries()) {
        const result = results[i]!;
        const verdict = evaluateRequest(policies.csp, { type: probe.type, url: probe.url }, new URL(pageUrl));
        const key = `${probe.type} ${result.blocked ? 'blocked' : 'allowed'}${result.reported ? ' reported' : ''}`;
        tally[key] = (tally[key] ?? 0) + 1;
        const describe = `${JSON.stringify(delivery)} ${probe.type} ${probe.url}`;
        if (result.timedOut) mismatches.push(`timed out: ${describe}`);
        else if (verdict.allowed === result.blocked) mismatches.push(`evaluator ${verdict.allowed ? 'allows' : 'blocks'}, Chromium ${result.blocked ? 'blocked' : 'allowed'}: ${describe}`);
        else if (delivery.ro && probe.type !== 'form' && verdict.reportOnlyViolation !== result.reported) {
          mismatches.push(`report-only: evaluator ${verdict.reportOnlyViolation}, Chromium ${result.reported}: ${describe}`);
        }
      }
    });
    expect(mismatches, mismatches.join('\n')).to.deep.equal([]);
    console.log(`differential table: ${total} cases agree`, JSON.stringify(tally));
    // A table that never blocks (or never allows) would prove nothing.
    for (const type of ['script', 'frame', 'connect', 'form']) {
      expect(tally[`${type} blocked`] ?? 0, `${type} blocked`).to.be.at.least(5);
      expect(tally[`${type} allowed`] ?? 0, `${type} allowed`).to.be.at.least(5);
    }
  });
});
