/**
 * Checks what `diagnose()` is given before anything runs: a bad URL, an unknown provider or a
 * host override without a scheme is a clear `invalid_config` error, never a thrown TypeError
 * deep inside (which left `<pay-diagnostics>` spinning) nor a silently wrong report.
 */
import * as z from 'zod/mini';
import type { ProviderName } from '../core/types.js';
import { splitNames } from '../core/names.js';
import { translator, type Translator } from '../core/messages.js';
import { diagnosticsMessages } from './diagnostics.messages.js';
import { isProviderName, PROVIDER_NAMES, type HostOverrides } from './requirements.js';

/** A bad `diagnose()` option: `code` is the `pay-error` code, `reason` the sentence to show. */
export class DiagnoseConfigError extends Error {
  readonly code = 'invalid_config' as const;
  constructor(readonly reason: string, message: string) {
    super(message);
    this.name = 'DiagnoseConfigError';
  }
}

/** Fetches of headers give up after this long unless `timeoutMs` says otherwise. */
export const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_TIMEOUT_MS = 120_000;
const REQUEST_TYPES = ['script', 'frame', 'connect', 'form'] as const;

const httpUrl = z.url({ protocol: /^https?$/ });
const hostsShape = z.record(z.string(), z.record(z.string(), z.array(z.string())));
/** `scheme://*.host[:port][/path]`: the wildcard form of a host override. */
const WILDCARD_SOURCE = /^[a-z][a-z0-9+.-]*:\/\/\*\.[^/*\s]+(\/\S*)?$/i;

export interface CheckedOptions {
  providers: ProviderName[];
  url?: string;
  returnUrl?: string;
  probeUrl?: string;
  hosts?: HostOverrides;
  timeoutMs: number;
}

export interface RawOptions {
  providers: readonly string[] | string;
  url?: unknown;
  returnUrl?: unknown;
  probeUrl?: unknown;
  hosts?: unknown;
  timeoutMs?: unknown;
  locale?: string;
}

function fail(t: Translator, reason: string): never {
  throw new DiagnoseConfigError(reason, t('diagnostics.config.invalid', { reason }));
}

function absoluteUrl(t: Translator, name: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const parsed = z.safeParse(httpUrl, value);
  if (!parsed.success) fail(t, t('diagnostics.config.url', { name, value: String(value), example: 'https://shop.example/checkout' }));
  return parsed.data;
}

/** A host override entry is an absolute URL or a `scheme://*.host` source (`*.x.test` alone has no scheme). */
function isHostEntry(entry: string): boolean {
  if (WILDCARD_SOURCE.test(entry)) return true;
  try {
    return /^[a-z][a-z0-9+.-]*:$/i.test(new URL(entry).protocol) && /^[a-z][a-z0-9+.-]*:\/\//i.test(entry);
  } catch {
    return false;
  }
}

function checkHosts(t: Translator, hosts: unknown): HostOverrides | undefined {
  if (hosts === undefined || hosts === null) return undefined;
  const shape = z.safeParse(hostsShape, hosts);
  const known = PROVIDER_NAMES.join(', ');
  if (!shape.success) fail(t, t('diagnostics.config.hosts', { known }));
  for (const [provider, byType] of Object.entries(shape.data)) {
    if (!isProviderName(provider)) fail(t, t('diagnostics.config.hosts', { known }));
    for (const [type, entries] of Object.entries(byType)) {
      if (!(REQUEST_TYPES as readonly string[]).includes(type)) fail(t, t('diagnostics.config.hosts', { known }));
      for (const entry of entries) {
        if (!isHostEntry(entry)) {
          const example = entry.replace(/^[a-z][a-z0-9+.-]*:\/*/i, '').replace(/^\/+/, '') || 'host.example';
          fail(t, t('diagnostics.config.host', { provider, type, value: entry, example }));
        }
      }
    }
  }
  return shape.data as HostOverrides;
}

/** Provider names from a list or a space/comma separated string; unknown names are an error. */
export function checkProviders(t: Translator, providers: unknown): ProviderName[] {
  const names = typeof providers === 'string'
    ? splitNames(providers)
    : Array.isArray(providers) ? providers.map((p) => String(p).trim().toLowerCase()) : null;
  if (names === null) fail(t, t('diagnostics.config.providers', { providers: String(providers), known: PROVIDER_NAMES.join(', ') }));
  const unknown = names.filter((name) => !isProviderName(name));
  if (unknown.length) fail(t, t('diagnostics.config.providers', { providers: unknown.join(', '), known: PROVIDER_NAMES.join(', ') }));
  return [...new Set(names as ProviderName[])];
}

/** Validated options, or a `DiagnoseConfigError` thrown with the reason. */
export function checkDiagnoseOptions(options: RawOptions): CheckedOptions {
  const t = translator(diagnosticsMessages, options.locale);
  const providers = checkProviders(t, options.providers);
  const url = absoluteUrl(t, 'url', options.url);
  const returnUrl = absoluteUrl(t, 'returnUrl', options.returnUrl);
  const probeUrl = absoluteUrl(t, 'probeUrl', options.probeUrl);
  const hosts = checkHosts(t, options.hosts);
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  if (options.timeoutMs !== undefined) {
    const value = options.timeoutMs;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 1 || value > MAX_TIMEOUT_MS) {
      fail(t, t('diagnostics.config.timeout', { value: String(value) }));
    }
    timeoutMs = value;
  }
  return { providers, url, returnUrl, probeUrl, hosts, timeoutMs };
}
