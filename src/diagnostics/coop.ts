/**
 * Cross-Origin-Opener-Policy against popup checkouts. The header is a structured-field token
 * (`same-origin; report-to="x"`); anything unrecognised behaves as `unsafe-none`.
 */

export type CoopValue = 'unsafe-none' | 'same-origin-allow-popups' | 'same-origin' | 'noopener-allow-popups';

const VALUES: readonly CoopValue[] = ['unsafe-none', 'same-origin-allow-popups', 'same-origin', 'noopener-allow-popups'];

/** The COOP value a header carries; null/invalid → `unsafe-none`, as browsers treat it. */
export function parseCoop(header: string | null | undefined): CoopValue {
  const token = (header ?? '').split(',')[0]!.split(';')[0]!.trim().toLowerCase();
  return (VALUES as readonly string[]).includes(token) ? (token as CoopValue) : 'unsafe-none';
}

/** Is the COEP value one that, with COOP `same-origin`, makes the page cross-origin isolated? */
export function isIsolatingCoep(header: string | null | undefined): boolean {
  const token = (header ?? '').split(';')[0]!.trim().toLowerCase();
  return token === 'require-corp' || token === 'credentialless';
}

export type CoopVerdictKind = 'pass' | 'fail' | 'isolated' | 'noopener' | 'report-only';

/**
 * How a COOP value treats a popup opened by this page to a provider origin:
 * `same-origin` puts the popup in another browsing context group (the link is cut);
 * `same-origin-allow-popups` and `unsafe-none` keep it; `noopener-allow-popups` keeps the
 * popups this page opens but severs any page of this site loaded into the popup from its opener.
 */
export function evaluateCoop(coop: CoopValue, options: { coep?: string | null; reportOnly?: string | null } = {}): CoopVerdictKind {
  if (coop === 'same-origin') return isIsolatingCoep(options.coep) ? 'isolated' : 'fail';
  if (coop === 'noopener-allow-popups') return 'noopener';
  if (parseCoop(options.reportOnly) === 'same-origin') return 'report-only';
  return 'pass';
}
