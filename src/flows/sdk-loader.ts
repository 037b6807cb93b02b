/**
 * One loader for provider SDKs, ES-module or classic script: a `<script>` tag (so `integrity`,
 * the CSP `nonce` and `crossorigin` apply) whose URL goes through the library's own Trusted
 * Types policy, `pay-elements`, which accepts only the SDK URLs configured here. Concurrent
 * callers share one load; a failed tag is removed so a retry starts clean; a stall, a 404, a
 * wrong MIME type, a script error or a CSP block each end in a clear error.
 */
import type { ProviderName } from '../core/types.js';
import type { HostOverrides } from '../diagnostics/requirements.js';
import { translator, type Translator } from '../core/messages.js';
import { flowsMessages } from './flows.messages.js';
import { flowError, flowResult, type FlowOutcome } from './outcome.js';
import { checkProviderUrl } from './safe-url.js';

export interface SdkLoadOptions {
  url: string;
  kind: 'module' | 'classic';
  /** The export (module) or global (classic) the SDK must provide; the outcome's value. */
  name: string;
  /** The provider's hosts (see `checkProviderUrl`). */
  allowedHosts: readonly string[];
  allowLoopback?: boolean;
  provider: ProviderName;
  /** Host overrides for the CSP diagnosis behind `csp_blocked`. */
  hosts?: HostOverrides;
  integrity?: string;
  /** The page's CSP nonce, when its policy allows scripts by nonce. */
  nonce?: string;
  crossOrigin?: 'anonymous' | 'use-credentials';
  /** A load with no answer fails after this long; default 10 s. */
  timeoutMs?: number;
  locale?: string;
}

/** The policy name the site's CSP must allow (`trusted-types … pay-elements`). */
export const TRUSTED_TYPES_POLICY = 'pay-elements';

interface TrustedTypesPolicyLike { createScriptURL(url: string): unknown }
interface TrustedTypesFactory { createPolicy(name: string, rules: { createScriptURL(url: string): string }): TrustedTypesPolicyLike }

/** Per window: the SDK URLs the policy accepts, and the policy (null when it could not be created). */
const realms = new WeakMap<Window, { allowed: Set<string>; policy: TrustedTypesPolicyLike | null }>();
/** Per document: loads in flight or done, by kind and URL; failed ones are dropped. */
const loads = new WeakMap<Document, Map<string, Promise<FlowOutcome<unknown>>>>();
const attempts = new WeakMap<Document, Map<string, number>>();

function realmOf(view: Window) {
  let realm = realms.get(view);
  if (!realm) {
    const allowed = new Set<string>();
    let policy: TrustedTypesPolicyLike | null = null;
    const factory = (view as unknown as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy = factory?.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL(url) {
          if (!allowed.has(url)) throw new TypeError(`${TRUSTED_TYPES_POLICY}: ${url} is not a configured SDK URL`);
          return url;
        },
      }) ?? null;
    } catch {
      policy = null; // the site's CSP does not allow this policy name: assigning a plain URL then fails under TT
    }
    realm = { allowed, policy };
    realms.set(view, realm);
  }
  return realm;
}

/**
 * Loads the SDK once per document and resolves the export or global `name`. Errors:
 * `invalid_config` (URL not allowed), `csp_blocked` (with the fix), `sdk_load_failed`.
 */
export function loadSdk<T = unknown>(host: Element, options: SdkLoadOptions): Promise<FlowOutcome<T>> {
  const t = translator(flowsMessages, options.locale);
  const checked = checkProviderUrl(options.url, options);
  if (!checked.ok) return Promise.resolve(flowError('invalid_config', t('flows.config.sdkUrl', { url: options.url, reason: checked.reason })));
  const doc = host.ownerDocument;
  const key = `${options.kind} ${checked.url.href}`;
  let byKey = loads.get(doc);
  if (!byKey) loads.set(doc, (byKey = new Map()));
  let load = byKey.get(key);
  if (!load) {
    load = loadOnce(doc, checked.url.href, key, options, t);
    byKey.set(key, load);
    const map = byKey;
    void load.then((outcome) => { if (outcome.kind !== 'result') map.delete(key); });
  }
  return load as Promise<FlowOutcome<T>>;
}

async function loadOnce(doc: Document, url: string, key: string, options: SdkLoadOptions, t: Translator): Promise<FlowOutcome<unknown>> {
  const view = doc.defaultView;
  if (!view) return flowError('sdk_load_failed', t('flows.error.sdk', { url, reason: t('flows.sdk.failed') }));
  // A module that failed stays failed in the document's module map under its URL; a retry
  // uses a fresh fragment, which the network ignores but the module map does not.
  const tries = attempts.get(doc) ?? new Map<string, number>();
  attempts.set(doc, tries);
  const attempt = tries.get(key) ?? 0;
  tries.set(key, attempt + 1);
  const src = options.kind === 'module' && attempt > 0 ? `${url.split('#')[0]}#pay-retry-${attempt}` : url;
  const sdkError = (reason: string) => flowError<unknown>('sdk_load_failed', t('flows.error.sdk', { url, reason }));

  const realm = realmOf(view);
  realm.allowed.add(src);
  const script = doc.createElement('script');
  if (options.kind === 'module') script.type = 'module';
  if (options.integrity) script.integrity = options.integrity;
  if (options.nonce) script.nonce = options.nonce;
  const crossOrigin = options.crossOrigin ?? (options.integrity || options.kind === 'module' ? 'anonymous' : null);
  if (crossOrigin) script.crossOrigin = crossOrigin;
  try {
    (script as { src: unknown }).src = realm.policy ? realm.policy.createScriptURL(src) : src;
  } catch {
    return flowError('csp_blocked', t('flows.error.sdk', { url, reason: t('flows.sdk.trustedTypes') }));
  }

  let blockedByCsp = false;
  let threw = false;
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    if (event.disposition === 'enforce' && namesUrl(event.blockedURI, url)) blockedByCsp = true;
  };
  // An exception thrown by the SDK while it starts makes the load fail. It stays visible to the
  // page's own error monitoring (it is the SDK's, and Chromium calls `onerror` before listeners
  // anyway). A cross-origin classic script without CORS reports a muted "Script error." that
  // cannot be attributed; its missing global fails the load instead.
  const onError = (event: ErrorEvent) => {
    if (event.filename === src || event.filename === url) threw = true;
  };
  doc.addEventListener('securitypolicyviolation', onViolation);
  view.addEventListener('error', onError);
  const timeoutMs = options.timeoutMs ?? 10_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const settled = await new Promise<'load' | 'error' | 'timeout'>((resolve) => {
      script.addEventListener('load', () => resolve('load'), { once: true });
      script.addEventListener('error', () => resolve('error'), { once: true });
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
      (doc.head ?? doc.documentElement).append(script);
    });
    if (settled === 'error') await new Promise((resolve) => setTimeout(resolve, 50)); // the violation event may come just after
    const outcome = settled === 'timeout'
      ? sdkError(t('flows.sdk.timeout', { seconds: Math.round(timeoutMs / 100) / 10 }))
      : settled === 'error'
        ? blockedByCsp ? await cspBlocked(url, options, t) : sdkError(t('flows.sdk.failed'))
        : threw ? sdkError(t('flows.sdk.threw')) : await readExport(view, src, options, t, sdkError);
    if (outcome.kind !== 'result') script.remove();
    return outcome;
  } finally {
    clearTimeout(timer);
    doc.removeEventListener('securitypolicyviolation', onViolation);
    view.removeEventListener('error', onError);
  }
}

/** The module's export or the classic script's global named `options.name`. */
async function readExport(
  view: Window, src: string, options: SdkLoadOptions, t: Translator, sdkError: (reason: string) => FlowOutcome<unknown>,
): Promise<FlowOutcome<unknown>> {
  let value: unknown;
  if (options.kind === 'module') {
    try {
      // Already in the module map (the tag loaded it, with its integrity): no second request.
      const namespace = (await import(/* @vite-ignore */ src)) as Record<string, unknown>;
      value = namespace[options.name];
    } catch {
      return sdkError(t('flows.sdk.threw'));
    }
  } else {
    value = (view as unknown as Record<string, unknown>)[options.name];
  }
  return value === undefined ? sdkError(t('flows.sdk.missing', { name: options.name })) : flowResult(value);
}

/** Does a violation's `blockedURI` name the SDK (the full URL, or only its origin after a redirect)? */
function namesUrl(blockedURI: string, url: string): boolean {
  const bare = url.split('#')[0]!;
  return blockedURI === bare || blockedURI === url || blockedURI === new URL(url).origin;
}

async function cspBlocked(url: string, options: SdkLoadOptions, t: Translator): Promise<FlowOutcome<unknown>> {
  let fix = '';
  try {
    const { explainFailure } = await import('../diagnostics/explain.js');
    fix = (await explainFailure(options.provider, 'sdk_load_failed', { hosts: options.hosts, locale: options.locale }))?.message ?? '';
  } catch {
    /* the fix is a bonus: the error stands without it */
  }
  return flowError('csp_blocked', `${t('flows.error.csp', { url })}${fix ? ` ${fix}` : ''}`);
}
