/**
 * The diagnosis: for each provider, COOP (popup providers) and one CSP check per request type
 * the provider makes, with exact missing sources and fixes merged into the site's policies.
 */
import type { ProviderName } from '../core/types.js';
import { translator, type MessageKey, type Translator } from '../core/messages.js';
import { splitNames } from '../core/names.js';
import { diagnosticsMessages } from './diagnostics.messages.js';
import { evaluateCoop, parseCoop } from './coop.js';
import { evaluateRequest, governingDirective, type RequestType } from './csp-evaluate.js';
import type { CspPolicy } from './csp-parse.js';
import { hasKeyword, urlMatchesSourceList } from './csp-match.js';
import { headerSnippets, mergedPolicyValue, targetDirective, type DiagnosticFix, type MissingSources } from './fixes.js';
import { readPolicies, type PagePolicies } from './read-policies.js';
import { isProviderName, requirementFor, type HostOverrides } from './requirements.js';
import { watchViolations, type AttributedViolation } from './violations.js';

export type CheckId = 'coop' | 'csp-script-src' | 'csp-frame-src' | 'csp-connect-src' | 'csp-form-action';
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'unknown';

export interface DiagnosticCheck {
  id: CheckId;
  provider: ProviderName;
  status: CheckStatus;
  message: string;
  /** How to fix a failing or warning check; null when there is nothing to do. */
  fix: DiagnosticFix | null;
}

export interface DiagnosticReport {
  url: string;
  headersReadable: boolean;
  checks: DiagnosticCheck[];
  /** Every failing CSP check's sources merged into the site's policies at once. */
  fix: DiagnosticFix | null;
}

export interface DiagnoseOptions {
  /** Provider names, as an array or a space-separated list (`"glomo payglobe"`). */
  providers: readonly ProviderName[] | string;
  /** Hosts replacing a provider's defaults (a sandbox, another region). */
  hosts?: HostOverrides;
  /** The fetch used to read the document's headers (defaults to the global fetch). */
  fetchImpl?: typeof fetch;
  /** The document to check (defaults to this page's URL in the browser). */
  url?: string;
  /** Already-read policies (the command-line doctor); skips fetching. */
  policies?: PagePolicies;
  /** Meta policy contents (defaults to this document's `<meta http-equiv>` tags in the browser). */
  metaContents?: readonly string[];
  /**
   * Count the `securitypolicyviolation`s seen on this page since the library loaded (default
   * true in the browser): a provider load the browser blocked fails its check even when the
   * headers could not be read.
   */
  useViolations?: boolean;
  locale?: string;
}

export const CHECK_FOR_TYPE: Record<RequestType, CheckId> = {
  script: 'csp-script-src',
  frame: 'csp-frame-src',
  connect: 'csp-connect-src',
  form: 'csp-form-action',
};

const TYPES: readonly RequestType[] = ['script', 'frame', 'connect', 'form'];
const FIX_HEADER: Record<'enforce' | 'report', string> = {
  enforce: 'Content-Security-Policy',
  report: 'Content-Security-Policy-Report-Only',
};

/** How many checks have each status (the one-line summary of a report). */
export function countByStatus(checks: readonly DiagnosticCheck[]): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { fail: 0, warn: 0, unknown: 0, pass: 0 };
  for (const check of checks) counts[check.status]++;
  return counts;
}

/** Provider names from an array or a space/comma separated string, unknown names dropped. */
export function parseProviders(providers: readonly string[] | string): ProviderName[] {
  // An array's entries are names already: they are trimmed, not split.
  const names = typeof providers === 'string' ? splitNames(providers) : providers.map((p) => p.trim().toLowerCase());
  return [...new Set(names.filter(isProviderName))];
}

function documentMetaContents(): string[] {
  if (typeof document === 'undefined') return [];
  return [...document.querySelectorAll('meta[http-equiv]')]
    .filter((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')
    .map((meta) => meta.getAttribute('content') ?? '');
}

/** Reads this page's (or `options.url`'s) policies and diagnoses them for `options.providers`. */
export async function diagnose(options: DiagnoseOptions): Promise<DiagnosticReport> {
  const here = typeof location !== 'undefined' ? location.href.split('#')[0]! : undefined;
  const url = options.url ?? options.policies?.url ?? here;
  if (!url) throw new TypeError('diagnose: no url to check outside a browser');
  const policies = options.policies ?? await readPolicies({
    url,
    fetchImpl: options.fetchImpl,
    metaContents: options.metaContents ?? (url === here ? documentMetaContents() : []),
    // Another page's meta policies can only come from its HTML.
    metaFromBody: url !== here && !options.metaContents,
  });
  if (policies.crossOriginIsolated === undefined && url === here && typeof globalThis.crossOriginIsolated === 'boolean') {
    policies.crossOriginIsolated = globalThis.crossOriginIsolated;
  }
  const observed = options.useViolations !== false && url === here ? watchViolations(undefined, options.hosts).violations() : [];
  return buildReport(policies, parseProviders(options.providers), options.hosts, options.locale, observed);
}

interface Blocked {
  policy: CspPolicy;
  type: RequestType;
  source: string;
}

/** The report for already-read policies: pure, synchronous. */
export function buildReport(
  policies: PagePolicies,
  providers: readonly ProviderName[],
  hosts?: HostOverrides,
  locale = 'en',
  observed: readonly AttributedViolation[] = [],
): DiagnosticReport {
  const self = new URL(policies.url);
  const t = translator(diagnosticsMessages, locale);
  const checks: DiagnosticCheck[] = [];
  const blockedAll: Blocked[] = [];
  const pending: { check: DiagnosticCheck; blocked: Blocked[] }[] = [];

  for (const provider of providers) {
    const requirement = requirementFor(provider, hosts);
    const providerLabel = t(`diagnostics.provider.${provider}` as MessageKey);
    if (requirement.popup) checks.push(coopCheck(policies, provider, providerLabel, t));
    for (const type of TYPES) {
      const required = requirement.sources[type];
      if (!required?.length) continue;
      const enforcedBlocks: Blocked[] = [];
      const reportBlocks: Blocked[] = [];
      for (const { probe, source } of required) {
        const verdict = evaluateRequest(policies.csp, { type, url: probe }, self);
        for (const { policy } of verdict.blockedBy) enforcedBlocks.push({ policy, type, source });
        for (const { policy } of verdict.reportedBy) reportBlocks.push({ policy, type, source });
      }
      const kind = t(`diagnostics.kind.${type}` as MessageKey);
      const blocks = enforcedBlocks.length ? enforcedBlocks : reportBlocks;
      const missing = missingPerDirective(blocks);
      const described = missing.map((m) => m.directive).join(', ');
      const sources = [...new Set(missing.flatMap((m) => m.sources))].join(' ');
      let status: CheckStatus;
      let message: string;
      if (enforcedBlocks.length) {
        status = 'fail';
        message = t('diagnostics.csp.fail', { provider: providerLabel, kind, directive: described, sources });
      } else if (!policies.headersReadable) {
        status = 'unknown';
        message = t('diagnostics.csp.unknown', { provider: providerLabel, kind });
      } else if (reportBlocks.length) {
        status = 'warn';
        message = t('diagnostics.csp.warn', { provider: providerLabel, kind, directive: described, sources });
      } else {
        status = 'pass';
        const directive = strictDynamicDirective(policies.csp, type);
        const governing = governingName(policies.csp, type);
        message = directive
          ? t('diagnostics.csp.strictDynamic', { provider: providerLabel, directive })
          : governing
            ? t('diagnostics.csp.pass', { provider: providerLabel, kind, directive: governing })
            : t('diagnostics.csp.pass.unrestricted', { provider: providerLabel, kind });
      }
      const check: DiagnosticCheck = { id: CHECK_FOR_TYPE[type], provider, status, message, fix: null };
      checks.push(check);
      const seen = status === 'fail' ? undefined : observed.find((v) => v.provider === provider && v.type === type && v.disposition === 'enforce');
      if (seen) {
        // The browser itself blocked this provider here: a fail whatever the headers said.
        const sources = required.filter((r) => urlMatchesSourceList([r.source], new URL(seen.blockedURI), self)).map((r) => r.source);
        const missing = [{ directive: seen.effectiveDirective, sources: sources.length ? sources : required.map((r) => r.source) }];
        check.status = 'fail';
        check.message = t('diagnostics.csp.observed', { provider: providerLabel, kind, url: seen.blockedURI, directive: seen.effectiveDirective });
        check.fix = { summary: fixSummary(missing, t), missing, headers: [], meta: [], snippets: [] };
        continue;
      }
      if (blocks.length) {
        pending.push({ check, blocked: blocks });
        if (status === 'fail') blockedAll.push(...blocks);
      }
    }
  }

  // Each failing check gets its own missing sources, and the headers merged for all failures at
  // once, so applying any one snippet fixes every check instead of undoing another's fix.
  const reportFix = blockedAll.length ? buildFix(policies, blockedAll, t) : null;
  for (const { check, blocked } of pending) {
    const own = check.status === 'fail' ? reportFix! : buildFix(policies, blocked, t);
    check.fix = { ...own, missing: missingPerDirective(blocked), summary: fixSummary(missingPerDirective(blocked), t) };
  }
  return { url: policies.url, headersReadable: policies.headersReadable, checks, fix: reportFix };
}

/** The directive that governs this request type in the first policy that has one, else null. */
function governingName(policies: readonly CspPolicy[], type: RequestType): string | null {
  for (const policy of policies) {
    const governing = governingDirective(policy, type);
    if (governing) return governing.name;
  }
  return null;
}

function strictDynamicDirective(policies: readonly CspPolicy[], type: RequestType): string | null {
  if (type !== 'script') return null;
  for (const policy of policies) {
    const governing = governingDirective(policy, type);
    if (governing && hasKeyword(governing.sources, "'strict-dynamic'")) return governing.name;
  }
  return null;
}

function missingPerDirective(blocks: readonly Blocked[]): MissingSources[] {
  const byDirective = new Map<string, string[]>();
  for (const { policy, type, source } of blocks) {
    const directive = targetDirective(policy, type) ?? type;
    const list = byDirective.get(directive) ?? [];
    if (!list.includes(source)) list.push(source);
    byDirective.set(directive, list);
  }
  return [...byDirective].map(([directive, sources]) => ({ directive, sources }));
}

function fixSummary(missing: readonly MissingSources[], t: Translator): string {
  return missing.map((m) => t('diagnostics.fix.csp', { sources: m.sources.join(' '), directive: m.directive })).join(' ');
}

function buildFix(policies: PagePolicies, blocks: readonly Blocked[], t: Translator): DiagnosticFix {
  const additionsFor = (policy: CspPolicy) => {
    const byType = new Map<RequestType, string[]>();
    for (const block of blocks) {
      if (block.policy !== policy) continue;
      const list = byType.get(block.type) ?? [];
      if (!list.includes(block.source)) list.push(block.source);
      byType.set(block.type, list);
    }
    return [...byType].map(([type, sources]) => ({ type, sources }));
  };
  const headers: { name: string; value: string }[] = [];
  for (const disposition of ['enforce', 'report'] as const) {
    const headerPolicies = policies.csp.filter((p) => p.source === 'header' && p.disposition === disposition);
    if (!headerPolicies.some((p) => blocks.some((b) => b.policy === p))) continue;
    headers.push({ name: FIX_HEADER[disposition], value: headerPolicies.map((p) => mergedPolicyValue(p, additionsFor(p))).join(', ') });
  }
  const meta = policies.csp
    .filter((p) => p.source === 'meta' && blocks.some((b) => b.policy === p))
    .map((p) => mergedPolicyValue(p, additionsFor(p)));
  const missing = missingPerDirective(blocks);
  const summary = fixSummary(missing, t) + (meta.length ? ` ${t('diagnostics.fix.meta')}` : '');
  return { summary, missing, headers, meta, snippets: headerSnippets(headers, t) };
}

function coopCheck(
  policies: PagePolicies,
  provider: ProviderName,
  providerLabel: string,
  t: Translator,
): DiagnosticCheck {
  const base = { id: 'coop' as const, provider };
  const coopFix = (): DiagnosticFix => {
    const headers = [{ name: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups' }];
    return { summary: t('diagnostics.fix.coop'), missing: [], headers, meta: [], snippets: headerSnippets(headers, t) };
  };
  if (!policies.headersReadable) {
    if (policies.crossOriginIsolated) return { ...base, status: 'fail', message: t('diagnostics.coop.isolated', { provider: providerLabel }), fix: coopFix() };
    return { ...base, status: 'unknown', message: t('diagnostics.coop.unknown', { provider: providerLabel }), fix: null };
  }
  const value = parseCoop(policies.coop);
  const verdict = evaluateCoop(value, { coep: policies.coep, reportOnly: policies.coopReportOnly });
  switch (verdict) {
    case 'fail':
      return { ...base, status: 'fail', message: t('diagnostics.coop.fail', { provider: providerLabel, value }), fix: coopFix() };
    case 'isolated':
      return { ...base, status: 'fail', message: t('diagnostics.coop.isolated', { provider: providerLabel }), fix: coopFix() };
    case 'noopener':
      return { ...base, status: 'warn', message: t('diagnostics.coop.noopener', { provider: providerLabel }), fix: coopFix() };
    case 'report-only':
      return { ...base, status: 'warn', message: t('diagnostics.coop.reportOnly', { provider: providerLabel }), fix: coopFix() };
    default:
      return { ...base, status: 'pass', message: t('diagnostics.coop.pass', { provider: providerLabel, value }), fix: null };
  }
}
