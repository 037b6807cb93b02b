/**
 * The COOP check of a popup provider: this page's Cross-Origin-Opener-Policy (does the popup
 * stay linked to it?) and, when known, the return page's (a popup that lands on a merchant page
 * served with COOP `same-origin`, `same-origin-allow-popups` or `noopener-allow-popups` is put
 * in a new browsing context group and loses its opener).
 */
import type { ProviderName } from '../core/types.js';
import type { Translator } from '../core/messages.js';
import { evaluateCoop, parseCoop } from './coop.js';
import { headerSnippets, type DiagnosticFix } from './fixes.js';
import type { PagePolicies } from './read-policies.js';
import type { CheckStatus, DiagnosticCheck } from './diagnose.js';

interface Part {
  status: CheckStatus;
  message: string;
  fix: DiagnosticFix | null;
}

const RANK: Record<CheckStatus, number> = { fail: 3, warn: 2, unknown: 1, pass: 0 };

function pageCoop(policies: PagePolicies, providerLabel: string, t: Translator): Part {
  const coopFix = (): DiagnosticFix => {
    const headers = [{ name: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups' }];
    return { summary: t('diagnostics.fix.coop'), missing: [], headers, meta: [], snippets: headerSnippets(headers, t) };
  };
  if (!policies.headersReadable) {
    if (policies.crossOriginIsolated) return { status: 'fail', message: t('diagnostics.coop.isolated', { provider: providerLabel }), fix: coopFix() };
    return { status: 'unknown', message: t('diagnostics.coop.unknown', { provider: providerLabel }), fix: null };
  }
  const value = parseCoop(policies.coop);
  switch (evaluateCoop(value, { coep: policies.coep, reportOnly: policies.coopReportOnly })) {
    case 'fail':
      return { status: 'fail', message: t('diagnostics.coop.fail', { provider: providerLabel, value }), fix: coopFix() };
    case 'isolated':
      return { status: 'fail', message: t('diagnostics.coop.isolated', { provider: providerLabel }), fix: coopFix() };
    case 'noopener':
      return { status: 'warn', message: t('diagnostics.coop.noopener', { provider: providerLabel }), fix: coopFix() };
    case 'report-only':
      return { status: 'warn', message: t('diagnostics.coop.reportOnly', { provider: providerLabel }), fix: coopFix() };
    default:
      return { status: 'pass', message: t('diagnostics.coop.pass', { provider: providerLabel, value }), fix: null };
  }
}

/** Any enforced COOP but `unsafe-none` on the page a popup lands on severs its opener. */
function returnPageCoop(policies: PagePolicies, t: Translator): Part {
  const url = policies.url;
  const fix = (): DiagnosticFix => ({ summary: t('diagnostics.fix.coopReturn', { url }), missing: [], headers: [], meta: [], snippets: [] });
  if (!policies.headersReadable) return { status: 'unknown', message: t('diagnostics.coop.return.unknown', { url }), fix: null };
  const value = parseCoop(policies.coop);
  if (value !== 'unsafe-none') return { status: 'fail', message: t('diagnostics.coop.return.fail', { url, value }), fix: fix() };
  const reportOnly = parseCoop(policies.coopReportOnly);
  if (reportOnly !== 'unsafe-none') return { status: 'warn', message: t('diagnostics.coop.return.warn', { url, value: reportOnly }), fix: fix() };
  return { status: 'pass', message: t('diagnostics.coop.return.pass', { url }), fix: null };
}

/** The check: the worse of the two verdicts, both messages, and the fixes that apply. */
export function coopCheck(
  policies: PagePolicies,
  provider: ProviderName,
  providerLabel: string,
  t: Translator,
  returnPolicies?: PagePolicies,
): DiagnosticCheck {
  const parts = [pageCoop(policies, providerLabel, t)];
  if (returnPolicies) parts.push(returnPageCoop(returnPolicies, t));
  const status = parts.reduce<CheckStatus>((worst, p) => (RANK[p.status] > RANK[worst] ? p.status : worst), 'pass');
  const fixes = parts.map((p) => p.fix).filter((f): f is DiagnosticFix => f !== null);
  const headers = fixes.flatMap((f) => f.headers);
  const fix = fixes.length
    ? { summary: fixes.map((f) => f.summary).join(' '), missing: [], headers, meta: [], snippets: headerSnippets(headers, t) }
    : null;
  return { id: 'coop', provider, status, message: parts.map((p) => p.message).join(' '), fix };
}
