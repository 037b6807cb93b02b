/// <reference types="node" />
/**
 * `pay-elements doctor <url>`: reads a deployed page's headers and meta policies, prints the
 * same report as `diagnose()`, and exits non-zero when a check fails.
 */
import * as z from 'zod/mini';
import { loadTranslations } from '../core/load-translations.js';
import { translator, type Translator } from '../core/messages.js';
import { cspNotesTranslations } from '../diagnostics/csp-notes.messages.js';
import { doctorMessages, doctorTranslations } from './doctor.messages.js';
import { buildReport, countByStatus, parseProviders, type DiagnosticReport } from '../diagnostics/diagnose.js';
import { diagnosticsMessages, diagnosticsTranslations } from '../diagnostics/diagnostics.messages.js';
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

/** The doctor's usage text in `t`'s language (options and codes stay as typed). */
export function doctorUsage(t: Translator): string {
  return [
    'Usage: pay-elements doctor <url> [--provider <name>]... [--return-url <url>] [--timeout <ms>] [--lang <tag>] [--json]',
    '',
    t('doctor.usage.summary'),
    '',
    `  --provider <name>  ${t('doctor.usage.provider', { names: PROVIDER_NAMES.join(' | ') })}`,
    `  --return-url <url> ${t('doctor.usage.returnUrl')}`,
    `  --timeout <ms>     ${t('doctor.usage.timeout', { ms: DEFAULT_TIMEOUT_MS })}`,
    `  --lang <tag>       ${t('doctor.usage.lang')}`,
    `  --json             ${t('doctor.usage.json')}`,
    '',
    t('doctor.usage.exit'),
  ].join('\n');
}

/**
 * The doctor's language: `--lang <tag>`, else the environment's LC_ALL, LC_MESSAGES or LANG
 * (`it_IT.UTF-8` → `it-IT`; `C` and `POSIX` mean English). `{ invalid }` for a `--lang` Intl cannot read.
 */
export function doctorLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string | { invalid: string } {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const asked = at < 0 ? undefined : argv[at]!.startsWith('--lang=') ? argv[at]!.slice(7) : (argv[at + 1] ?? '');
  const fromEnv = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value)?.split(/[.@]/)[0];
  const tag = asked ?? (fromEnv === 'C' || fromEnv === 'POSIX' ? 'en' : fromEnv) ?? 'en';
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return asked === undefined ? 'en' : { invalid: asked };
  }
}

/** Loads the doctor's catalogs in `locale`; resolves with its words. */
export async function doctorTranslator(locale: string): Promise<Translator> {
  await loadTranslations([doctorTranslations, diagnosticsTranslations, cspNotesTranslations], locale);
  return translator(doctorMessages, locale);
}

/** Parses `doctor` arguments (after the word `doctor`); a string is the usage error. */
export function parseDoctorArgs(argv: readonly string[], locale = 'en'): DoctorArgs | string {
  const words = translator(doctorMessages, locale);
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
    else if (arg === '--lang') i++;
    else if (arg.startsWith('--lang=')) continue;
    else if (arg.startsWith('-')) return words('doctor.arg.unknown', { option: arg });
    else if (url === undefined) url = arg;
    else return words('doctor.arg.unexpected', { argument: arg });
  }
  if (!url) return words('doctor.arg.missingUrl');
  // The same reasons, from the same catalog, as diagnose()'s invalid_config.
  const t = translator(diagnosticsMessages, locale);
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
  return words('doctor.arg.timeout', { value: String(timeout) });
}

/** The report as terminal text, in `locale` (its catalogs loaded: see `doctorTranslator`). */
export function formatReport(report: DiagnosticReport, locale = 'en'): string {
  const t = translator(doctorMessages, locale);
  // Each status's label once, padded to the widest so the columns line up in every language.
  const words = { pass: t('doctor.label.pass'), fail: t('doctor.label.fail'), warn: t('doctor.label.warn'), unknown: t('doctor.label.unknown') };
  const width = Math.max(...Object.values(words).map((word) => word.length));
  const label = (status: keyof typeof words) => words[status].padEnd(width);
  const lines = [t('doctor.title', { url: report.url })];
  if (!report.headersReadable) lines.push(`  ${t('doctor.headersUnreadable')}`);
  for (const note of report.notes) lines.push(`  ${t('doctor.note', { note })}`);
  for (const check of report.checks) {
    lines.push(`  ${label(check.status)}  ${check.provider.padEnd(9)} ${check.id.padEnd(16)} ${check.message}`);
    if (check.fix && check.status !== 'pass') {
      for (const m of check.fix.missing) lines.push(`        ${t('doctor.missing', { directive: m.directive, sources: m.sources.join(' ') })}`);
    }
  }
  if (report.fix) {
    lines.push('', t('doctor.fix.title'));
    for (const header of report.fix.headers) lines.push(`  ${header.name}: ${header.value}`);
    for (const meta of report.fix.meta) lines.push(`  <meta http-equiv="Content-Security-Policy" content="${meta}">`);
    for (const snippet of report.fix.snippets) lines.push('', `  ${snippet.label}:`, ...snippet.code.split('\n').map((l) => `    ${l}`));
  }
  const coop = report.checks.find((c) => c.id === 'coop' && c.status !== 'pass' && c.fix);
  if (coop?.fix) {
    // The summary carries the return page's fix (serve it without COOP, or the BroadcastChannel return), which has no header.
    lines.push('', t('doctor.coopFix.title'), `  ${coop.fix.summary}`);
    for (const header of coop.fix.headers) lines.push(`  ${header.name}: ${header.value}`);
  }
  lines.push('', translator(diagnosticsMessages, locale)('diagnostics.summary', countByStatus(report.checks)));
  if (report.fix?.summary) lines.splice(lines.length - 1, 0, '', t('doctor.how', { summary: report.fix.summary }));
  return lines.join('\n');
}

/** Runs the doctor; resolves with the exit code. */
export async function doctor(
  argv: readonly string[],
  io: Io,
  fetchImpl: typeof fetch = fetch,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  const asked = doctorLocale(argv, env);
  const locale = typeof asked === 'string' ? asked : 'en';
  const t = await doctorTranslator(locale);
  const args = typeof asked === 'string' ? parseDoctorArgs(argv, locale) : t('doctor.arg.lang', { value: asked.invalid });
  if (typeof args === 'string') {
    // invalid_config, as diagnose() and <pay-diagnostics> name it; JSON too when --json was asked for.
    if (argv.includes('--json')) io.out(JSON.stringify({ code: 'invalid_config', reason: args }, null, 2));
    io.err(`invalid_config: ${args}\n\n${doctorUsage(t)}`);
    return 2;
  }
  const policies = await readPolicies({ url: args.url, fetchImpl, metaFromBody: true, timeoutMs: args.timeoutMs });
  // The return page only matters for popup checkouts; its headers alone are needed (HEAD).
  const returnPolicies = args.returnUrl
    ? await readPolicies({ url: args.returnUrl, fetchImpl, method: 'HEAD', timeoutMs: args.timeoutMs })
    : undefined;
  const report = buildReport(policies, args.providers as Parameters<typeof buildReport>[1], undefined, locale, [], returnPolicies);
  io.out(args.json ? JSON.stringify(report, null, 2) : formatReport(report, locale));
  if (!policies.headersReadable && policies.error) io.err(t('doctor.fetchFailed', { url: args.url, reason: policies.error }));
  if (report.checks.some((c) => c.status === 'fail')) return 1;
  return policies.headersReadable ? 0 : 3;
}
