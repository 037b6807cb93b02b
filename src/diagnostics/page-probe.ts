/**
 * Reading the headers of the page the shopper is on, in the browser, without repeating it: the
 * page may have been reached by a form POST or a one-time link, and nothing in Chromium tells a
 * script which (PerformanceNavigationTiming and the Navigation API give the type, never the
 * method). So the page is never fetched again with GET (nor POST): a `HEAD` of its URL (or of
 * `probeUrl`) reads the headers without a body and without repeating a form post, and a page
 * whose `connect-src` blocks even that gives its policy through the `securitypolicyviolation`
 * event's `originalPolicy`. A query string may hold a one-time token that a server treating HEAD
 * like GET would consume: the report says so, and `probeUrl` avoids it.
 */
import type { Translator } from '../core/messages.js';
import { parseSerializedPolicy } from './csp-parse.js';
import { readPolicies, type PagePolicies } from './read-policies.js';

export interface ThisPageOptions {
  /** This page's URL, without its fragment: the report's URL. */
  here: string;
  /** A same-origin URL served with the same headers and no side effects. */
  probeUrl?: string;
  fetchImpl?: typeof fetch;
  metaContents: readonly string[];
  timeoutMs: number;
  t: Translator;
}

export interface ThisPageResult {
  policies: PagePolicies;
  /** What was requested and what could not be done, for the report. */
  notes: string[];
}

/** How long to wait for the violation report after a blocked fetch (a queued task in Chromium). */
const VIOLATION_WAIT_MS = 500;

/** The URL to send a HEAD to: `probeUrl`, else this page's URL (without fragment). */
export function headProbeUrl(here: string, probeUrl?: string): string {
  return probeUrl ?? here;
}

function sameResource(blockedURI: string, target: string): boolean {
  return blockedURI === target || blockedURI === new URL(target).origin || blockedURI.split('?')[0] === target.split('?')[0];
}

/** Reads this page's policies with a HEAD probe, recovering them from violation reports if it is blocked. */
export async function readThisPage(options: ThisPageOptions): Promise<ThisPageResult> {
  const target = headProbeUrl(options.here, options.probeUrl);
  const recovered: string[] = [];
  let arrived: (() => void) | undefined;
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    if (event.disposition !== 'enforce' || event.effectiveDirective !== 'connect-src' || !sameResource(event.blockedURI, target)) return;
    if (!recovered.includes(event.originalPolicy)) recovered.push(event.originalPolicy);
    arrived?.();
  };
  const doc = typeof document !== 'undefined' ? document : undefined;
  doc?.addEventListener('securitypolicyviolation', onViolation, true);
  try {
    const policies = await readPolicies({
      url: target, method: 'HEAD', fetchImpl: options.fetchImpl, metaContents: options.metaContents, timeoutMs: options.timeoutMs,
    });
    policies.url = options.here;
    if (policies.headersReadable) {
      const notes = [options.t('diagnostics.note.head', { url: target })];
      if (!options.probeUrl && new URL(target).search) notes.push(options.t('diagnostics.note.query'));
      return { policies, notes };
    }
    if (!recovered.length && doc) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, VIOLATION_WAIT_MS);
        arrived = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    if (recovered.length) {
      const withPolicies = withRecovered(policies, recovered);
      if (withPolicies.cspRecovered) return { policies: withPolicies, notes: [options.t('diagnostics.note.violation', { count: recovered.length })] };
    }
    return { policies, notes: [options.t('diagnostics.note.noReread', { reason: policies.error ?? 'unreadable' })] };
  } finally {
    doc?.removeEventListener('securitypolicyviolation', onViolation, true);
  }
}

/**
 * The recovered policies stand for the header policies (a meta policy reported the same way is
 * known already). COOP is not in a violation report: it stays unknown.
 */
function withRecovered(policies: PagePolicies, originals: readonly string[]): PagePolicies {
  const metaRaw = new Set(policies.csp.filter((p) => p.source === 'meta').map((p) => p.raw));
  const header = originals
    .filter((original) => !metaRaw.has(original.trim()))
    .map((original) => parseSerializedPolicy(original, 'enforce', 'header'));
  return { ...policies, csp: [...header, ...policies.csp], cspRecovered: header.length > 0 };
}
