/**
 * The diagnosis: for each provider, COOP (popup providers, and their return page when known),
 * one CSP check per request type the provider makes, and Trusted Types, with exact missing
 * sources and fixes merged into the site's policies.
 */
import type { ProviderName } from '../core/types.js';
import { translator, type MessageKey, type Translator } from '../core/messages.js';
import { diagnosticsMessages, diagnosticsTranslations } from './diagnostics.messages.js';
import { loadTranslations } from '../core/load-translations.js';
import { coopCheck } from './coop-check.js';
import { evaluateRequest, governingDirective, type RequestType } from './csp-evaluate.js';
import { CHROMIUM_DEPARTURE_MESSAGE, cspNotesMessages, cspNotesTranslations } from './csp-notes.messages.js';
import type { CspPolicy } from './csp-parse.js';
import { hasKeyword, urlMatchesSourceList, type ChromiumDeparture } from './csp-match.js';
import { checkDiagnoseOptions, checkProviders, DiagnoseConfigError } from './diagnose-options.js';
import type { DiagnosticFix } from './fixes.js';
import { readThisPage } from './page-probe.js';
import { readPolicies, type PagePolicies } from './read-policies.js';
import { buildFix, fixSummary, missingPerDirective, NONCE_PLACEHOLDER, type Blocked, type RefusedNames } from './report-fix.js';
import { requirementFor, type HostOverrides } from './requirements.js';
import { evaluateTrustedTypes, PAY_ELEMENTS_POLICY_NAMES } from './trusted-types.js';
import { watchViolations, type AttributedViolation } from './violations.js';

export type CheckId = 'coop' | 'csp-script-src' | 'csp-frame-src' | 'csp-connect-src' | 'csp-form-action' | 'trusted-types';
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
  /** How the headers were read (a HEAD probe, a violation report) and what could not be done. */
  notes: string[];
  /** The return page whose COOP was checked, when one was given. */
  returnUrl?: string;
}

export interface DiagnoseOptions {
  /** Provider names, as an array or a space-separated list (`"glomo payglobe"`); an unknown name is an `invalid_config` error. */
  providers: readonly ProviderName[] | string;
  /** Hosts replacing a provider's defaults (a sandbox, another region): absolute URLs or `https://*.host` sources. */
  hosts?: HostOverrides;
  /** The fetch used to read the document's headers (defaults to the global fetch). */
  fetchImpl?: typeof fetch;
  /**
   * The document to check, an absolute http(s) URL (defaults to this page in the browser, whose
   * headers are read with a HEAD request, never by requesting the page again).
   */
  url?: string;
  /**
   * The merchant page a popup checkout returns to (Glomo's `callbackUrl`): its COOP is checked
   * too, from a HEAD request, since COOP there cuts the popup from this page.
   */
  returnUrl?: string;
  /** A same-origin URL served with this page's headers and no side effects, for the HEAD probe (default: this page's path). */
  probeUrl?: string;
  /** Each header read gives up after this long (default 10 s); the checks it feeds are then unknown. */
  timeoutMs?: number;
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

/** How many checks have each status (the one-line summary of a report). */
export function countByStatus(checks: readonly DiagnosticCheck[]): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { fail: 0, warn: 0, unknown: 0, pass: 0 };
  for (const check of checks) counts[check.status]++;
  return counts;
}

/** Provider names from an array or a space/comma separated string; an unknown name throws `DiagnoseConfigError`. */
export function parseProviders(providers: readonly string[] | string, locale?: string): ProviderName[] {
  return checkProviders(translator(diagnosticsMessages, locale), providers);
}

function documentMetaContents(): string[] {
  if (typeof document === 'undefined') return [];
  return [...document.querySelectorAll('meta[http-equiv]')]
    .filter((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')
    .map((meta) => meta.getAttribute('content') ?? '');
}

/**
 * Reads this page's (or `options.url`'s) policies and diagnoses them for `options.providers`.
 * Rejects with a `DiagnoseConfigError` (`code: 'invalid_config'`, `reason`) on bad options;
 * every read is bounded by `timeoutMs`.
 */
export async function diagnose(options: DiagnoseOptions): Promise<DiagnosticReport> {
  await loadTranslations([diagnosticsTranslations, cspNotesTranslations], typeof options.locale === 'string' ? options.locale : 'en');
  const t = translator(diagnosticsMessages, options.locale);
  const checked = checkDiagnoseOptions(options);
  const here = typeof location !== 'undefined' ? location.href.split('#')[0]! : undefined;
  const url = checked.url ?? options.policies?.url ?? here;
  if (!url) throw new DiagnoseConfigError(t('diagnostics.config.noUrl'), t('diagnostics.config.invalid', { reason: t('diagnostics.config.noUrl') }));
  if (checked.probeUrl && here && new URL(checked.probeUrl).origin !== new URL(here).origin) {
    const reason = t('diagnostics.config.probeUrl', { value: checked.probeUrl, origin: new URL(here).origin });
    throw new DiagnoseConfigError(reason, t('diagnostics.config.invalid', { reason }));
  }
  const timeoutMs = checked.timeoutMs;
  const notes: string[] = [];
  let policies: PagePolicies;
  if (options.policies) {
    policies = options.policies;
  } else if (url === here) {
    const read = await readThisPage({
      here, probeUrl: checked.probeUrl, fetchImpl: options.fetchImpl, metaContents: options.metaContents ?? documentMetaContents(), timeoutMs, t,
    });
    policies = read.policies;
    notes.push(...read.notes);
  } else {
    // Another page, named by the caller: read with GET, its meta policies from its HTML.
    policies = await readPolicies({ url, fetchImpl: options.fetchImpl, metaContents: options.metaContents ?? [], metaFromBody: !options.metaContents, timeoutMs });
    if (!policies.headersReadable && policies.error) notes.push(t('diagnostics.note.unread', { url, reason: policies.error }));
  }
  if (policies.crossOriginIsolated === undefined && url === here && typeof globalThis.crossOriginIsolated === 'boolean') {
    policies.crossOriginIsolated = globalThis.crossOriginIsolated;
  }
  const popup = checked.providers.some((p) => requirementFor(p, checked.hosts).popup);
  const returnPolicies = checked.returnUrl && popup
    ? await readPolicies({ url: checked.returnUrl, method: 'HEAD', fetchImpl: options.fetchImpl, timeoutMs })
    : undefined;
  const observed = options.useViolations !== false && url === here ? watchViolations(undefined, checked.hosts).violations() : [];
  const report = buildReport(policies, checked.providers, checked.hosts, options.locale, observed, returnPolicies);
  report.notes.unshift(...notes);
  return report;
}

/** The report for already-read policies: pure, synchronous. */
export function buildReport(
  policies: PagePolicies,
  providers: readonly ProviderName[],
  hosts?: HostOverrides,
  locale = 'en',
  observed: readonly AttributedViolation[] = [],
  returnPolicies?: PagePolicies,
): DiagnosticReport {
  const self = new URL(policies.url);
  const t = translator(diagnosticsMessages, locale);
  const chromiumNote = translator(cspNotesMessages, locale);
  const cspKnown = policies.headersReadable || policies.cspRecovered === true;
  const checks: DiagnosticCheck[] = [];
  const blockedAll: Blocked[] = [];
  const refusedAll: RefusedNames[] = [];
  const pending: { check: DiagnosticCheck; blocked: Blocked[]; refused: RefusedNames[] }[] = [];

  for (const provider of providers) {
    const requirement = requirementFor(provider, hosts);
    const providerLabel = t(`diagnostics.provider.${provider}` as MessageKey);
    if (requirement.popup) checks.push(coopCheck(policies, provider, providerLabel, t, returnPolicies));
    for (const type of TYPES) {
      const required = requirement.sources[type];
      if (!required?.length) continue;
      const enforcedBlocks: Blocked[] = [];
      const reportBlocks: Blocked[] = [];
      const departures = new Set<ChromiumDeparture>();
      for (const { probe, source } of required) {
        const verdict = evaluateRequest(policies.csp, { type, url: probe }, self);
        for (const departure of verdict.chromiumDepartures) departures.add(departure);
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
      } else if (!cspKnown) {
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
      // Where the verdict rests on Chromium departing from the spec, say other browsers may differ.
      const notes = [...departures].map((departure) => chromiumNote(CHROMIUM_DEPARTURE_MESSAGE[departure], { directive: governingName(policies.csp, type) ?? type }));
      if (notes.length) message = `${message} ${notes.join(' ')}`;
      const check: DiagnosticCheck = { id: CHECK_FOR_TYPE[type], provider, status, message, fix: null };
      checks.push(check);
      const seen = status === 'fail' ? undefined : observed.find((v) => v.provider === provider && v.type === type && v.disposition === 'enforce');
      if (seen) {
        // The browser itself blocked this provider here: a fail whatever the headers said.
        const sources = required.filter((r) => urlMatchesSourceList([r.source], new URL(seen.blockedURI), self)).map((r) => r.source);
        const missing = [{ directive: seen.effectiveDirective, sources: sources.length ? sources : required.map((r) => r.source) }];
        check.status = 'fail';
        check.message = t('diagnostics.csp.observed', { provider: providerLabel, kind, url: seen.blockedURI, directive: seen.effectiveDirective });
        check.fix = { summary: fixSummary(missing, [], t), missing, headers: [], meta: [], snippets: [] };
        continue;
      }
      if (blocks.length) {
        pending.push({ check, blocked: blocks, refused: [] });
        if (status === 'fail') blockedAll.push(...blocks);
      }
    }
    const tt = trustedTypesCheck(policies, provider, providerLabel, cspKnown, t);
    checks.push(tt.check);
    if (tt.refused.length) {
      pending.push({ check: tt.check, blocked: [], refused: tt.refused });
      if (tt.check.status === 'fail') refusedAll.push(...tt.refused);
    }
  }

  // Each failing check gets its own missing sources, and the headers merged for all failures at
  // once, so applying any one snippet fixes every check instead of undoing another's fix.
  const reportFix = blockedAll.length || refusedAll.length ? buildFix(policies, blockedAll, refusedAll, t) : null;
  for (const { check, blocked, refused } of pending) {
    const own = check.status === 'fail' ? reportFix! : buildFix(policies, blocked, refused, t);
    const missing = missingPerDirective(blocked);
    check.fix = { ...own, missing, summary: fixSummary(missing, refused, t) + noncePart(own, t) };
  }
  const report: DiagnosticReport = { url: policies.url, headersReadable: policies.headersReadable, checks, fix: reportFix, notes: [] };
  if (returnPolicies) report.returnUrl = returnPolicies.url;
  return report;
}

/** The nonce note of a fix, kept when a check's own summary replaces the fix's. */
function noncePart(fix: DiagnosticFix, t: Translator): string {
  const note = t('diagnostics.fix.nonce', { placeholder: NONCE_PLACEHOLDER });
  return fix.summary.includes(note) ? ` ${note}` : '';
}

/** Trusted Types: the policy names pay-elements creates, against every `trusted-types` directive. */
function trustedTypesCheck(
  policies: PagePolicies,
  provider: ProviderName,
  providerLabel: string,
  cspKnown: boolean,
  t: Translator,
): { check: DiagnosticCheck; refused: RefusedNames[] } {
  const verdict = evaluateTrustedTypes(policies.csp);
  const base = { id: 'trusted-types' as const, provider, fix: null };
  const names = (list: readonly RefusedNames[]) => [...new Set(list.flatMap((r) => r.names))].join(', ');
  if (verdict.blockedBy.length) {
    return { check: { ...base, status: 'fail', message: t('diagnostics.tt.fail', { provider: providerLabel, names: names(verdict.blockedBy) }) }, refused: verdict.blockedBy };
  }
  if (!cspKnown) return { check: { ...base, status: 'unknown', message: t('diagnostics.tt.unknown', { provider: providerLabel }) }, refused: [] };
  if (verdict.reportedBy.length) {
    return { check: { ...base, status: 'warn', message: t('diagnostics.tt.warn', { provider: providerLabel, names: names(verdict.reportedBy) }) }, refused: verdict.reportedBy };
  }
  const all = PAY_ELEMENTS_POLICY_NAMES.join(', ');
  if (!verdict.restricted) return { check: { ...base, status: 'pass', message: t('diagnostics.tt.unrestricted', { provider: providerLabel, names: all }) }, refused: [] };
  const message = t('diagnostics.tt.pass', { provider: providerLabel, names: all }) + (verdict.duplicatesAllowed ? '' : ` ${t('diagnostics.tt.duplicates')}`);
  return { check: { ...base, status: 'pass', message }, refused: [] };
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
