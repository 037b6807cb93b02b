/// <reference types="node" />
/**
 * `pay-elements doctor <url>`: reads a deployed page's headers and meta policies, prints the
 * same report as `diagnose()`, and exits non-zero when a check fails.
 */
import * as z from 'zod/mini';
import { translator } from '../core/messages.js';
import { buildReport, countByStatus, parseProviders, type DiagnosticReport } from '../diagnostics/diagnose.js';
import { diagnosticsMessages } from '../diagnostics/diagnostics.messages.js';
import { readPolicies } from '../diagnostics/read-policies.js';
import { isProviderName, PROVIDER_NAMES } from '../diagnostics/requirements.js';
import { DEFAULT_TIMEOUT_MS } from '../diagnostics/diagnose-options.js';

const DoctorArgs = z.object({
  url: z.url({ protocol: /^https?$/ }),
  providers: z.array(z.enum(PROVIDER_NAMES as [string, ...string[]])),
  json: z.boolean(),
  returnUrl: z.optional(z.url({ protocol: /^https?$/ })),
  timeoutMs: z.int().check(z.minimum(1), z.maximum(120_000)),
});
export type DoctorArgs = z.infer<typeof DoctorArgs>;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const DOCTOR_USAGE = `Usage: pay-elements doctor <url> [--provider <name>]... [--json]

Checks a page's Cross-Origin-Opener-Policy and Content-Security-Policy (headers and
<meta http-equiv>) against what each payment provider needs.

  --provider <name>  ${PROVIDER_NAMES.join(' | ')} (repeatable, or comma-separated; default: all)
  --return-url <url> the page a popup checkout returns to (Glomo's callbackUrl): its COOP is checked too
  --timeout <ms>     give up on a page that does not answer within this long (default ${DEFAULT_TIMEOUT_MS})
  --json             print the report as JSON (for CI)

Exit codes: 0 no failure, 1 a check failed, 2 bad arguments, 3 the page could not be read.`;

/** Parses `doctor` arguments (after the word `doctor`); a string is the usage error. */
export function parseDoctorArgs(argv: readonly string[]): DoctorArgs | string {
  let url: string | undefined;
  const providers: string[] = [];
  let json = false;
  let returnUrl: string | undefined;
  let timeout: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--return-url') returnUrl = argv[++i] ?? '';
    else if (arg.startsWith('--return-url=')) returnUrl = arg.slice(13);
    else if (arg === '--timeout') timeout = argv[++i] ?? '';
    else if (arg.startsWith('--timeout=')) timeout = arg.slice(10);
    else if (arg === '--provider' || arg === '-p') providers.push(...(argv[++i] ?? '').split(','));
    else if (arg.startsWith('--provider=')) providers.push(...arg.slice(11).split(','));
    else if (arg.startsWith('-')) return `Unknown option ${arg}`;
    else if (url === undefined) url = arg;
    else return `Unexpected argument ${arg}`;
  }
  if (!url) return 'Missing <url>';
  // The same reasons, from the same catalog, as diagnose()'s invalid_config.
  const t = translator(diagnosticsMessages);
  const unknown = providers.filter((p) => !isProviderName(p.trim().toLowerCase()));
  if (unknown.length) return t('diagnostics.config.providers', { providers: unknown.join(', '), known: PROVIDER_NAMES.join(', ') });
  const timeoutMs = timeout === undefined ? DEFAULT_TIMEOUT_MS : Number(timeout);
  const parsed = DoctorArgs.safeParse({ url, providers: providers.length ? parseProviders(providers) : [...PROVIDER_NAMES], json, returnUrl, timeoutMs });
  if (parsed.success) return parsed.data;
  const example = 'https://shop.example/checkout';
  if (!z.safeParse(DoctorArgs.shape.url, url).success) return t('diagnostics.config.url', { name: '<url>', value: url, example });
  if (returnUrl !== undefined && !z.safeParse(DoctorArgs.shape.returnUrl, returnUrl).success) {
    return t('diagnostics.config.url', { name: '--return-url', value: returnUrl, example: `${example}/return` });
  }
  return `Invalid --timeout ${timeout}: a whole number of milliseconds from 1 to 120000`;
}

const LABEL = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', unknown: '????' } as const;

/** The report as terminal text. */
export function formatReport(report: DiagnosticReport): string {
  const lines = [`pay-elements doctor: ${report.url}`];
  if (!report.headersReadable) lines.push('  (could not read the response headers: header checks are unknown)');
  for (const note of report.notes) lines.push(`  note: ${note}`);
  for (const check of report.checks) {
    lines.push(`  ${LABEL[check.status]}  ${check.provider.padEnd(9)} ${check.id.padEnd(16)} ${check.message}`);
    if (check.fix && check.status !== 'pass') {
      for (const m of check.fix.missing) lines.push(`        missing in ${m.directive}: ${m.sources.join(' ')}`);
    }
  }
  if (report.fix) {
    lines.push('', 'Fix (merged into your current policy):');
    for (const header of report.fix.headers) lines.push(`  ${header.name}: ${header.value}`);
    for (const meta of report.fix.meta) lines.push(`  <meta http-equiv="Content-Security-Policy" content="${meta}">`);
    for (const snippet of report.fix.snippets) lines.push('', `  ${snippet.label}:`, ...snippet.code.split('\n').map((l) => `    ${l}`));
  }
  const coop = report.checks.find((c) => c.id === 'coop' && c.status !== 'pass' && c.fix);
  if (coop?.fix) {
    // The summary carries the return page's fix (serve it without COOP, or the BroadcastChannel return), which has no header.
    lines.push('', 'COOP fix:', `  ${coop.fix.summary}`);
    for (const header of coop.fix.headers) lines.push(`  ${header.name}: ${header.value}`);
  }
  lines.push('', translator(diagnosticsMessages)('diagnostics.summary', countByStatus(report.checks)));
  if (report.fix?.summary) lines.splice(lines.length - 1, 0, '', `How: ${report.fix.summary}`);
  return lines.join('\n');
}

/** Runs the doctor; resolves with the exit code. */
export async function doctor(argv: readonly string[], io: Io, fetchImpl: typeof fetch = fetch): Promise<number> {
  const args = parseDoctorArgs(argv);
  if (typeof args === 'string') {
    // invalid_config, as diagnose() and <pay-diagnostics> name it; JSON too when --json was asked for.
    if (argv.includes('--json')) io.out(JSON.stringify({ code: 'invalid_config', reason: args }, null, 2));
    io.err(`invalid_config: ${args}\n\n${DOCTOR_USAGE}`);
    return 2;
  }
  const policies = await readPolicies({ url: args.url, fetchImpl, metaFromBody: true, timeoutMs: args.timeoutMs });
  // The return page only matters for popup checkouts; its headers alone are needed (HEAD).
  const returnPolicies = args.returnUrl
    ? await readPolicies({ url: args.returnUrl, fetchImpl, method: 'HEAD', timeoutMs: args.timeoutMs })
    : undefined;
  const report = buildReport(policies, args.providers as Parameters<typeof buildReport>[1], undefined, 'en', [], returnPolicies);
  io.out(args.json ? JSON.stringify(report, null, 2) : formatReport(report));
  if (!policies.headersReadable && policies.error) io.err(`Could not fetch ${args.url}: ${policies.error}`);
  if (report.checks.some((c) => c.status === 'fail')) return 1;
  return policies.headersReadable ? 0 : 3;
}
