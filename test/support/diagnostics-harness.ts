/**
 * Drives real Chromium loads under real policy headers: a same-origin iframe is served with the
 * policies, and the test inserts scripts, frames, fetches and form posts into it, so the
 * frame's policies (not the test page's) govern them.
 */
import * as z from 'zod/mini';
import type { RequestType } from '../../src/diagnostics/csp-evaluate.js';

export interface ServerConfig {
  port: number;
  ports: [number, number];
}

let config: Promise<ServerConfig> | undefined;
const ConfigSchema = z.object({ port: z.number(), ports: z.tuple([z.number(), z.number()]) });

/** The dev server's port and the two extra loopback servers' ports. */
export function serverConfig(): Promise<ServerConfig> {
  config ??= fetch('/__diag/config').then((r) => r.json()).then((data) => ConfigSchema.parse(data));
  return config;
}

export interface PolicyDelivery {
  /** One Content-Security-Policy header line each. */
  csp?: string[];
  /** Values sent comma-joined on one header line. */
  joined?: string[];
  /** Content-Security-Policy-Report-Only header lines. */
  ro?: string[];
  /** `<meta http-equiv>` policies. */
  meta?: string[];
  coop?: string;
  coep?: string;
  coopro?: string;
}

/** The URL of a page served with `delivery`'s headers. */
export function policyPageUrl(delivery: PolicyDelivery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of ['csp', 'joined', 'ro', 'meta'] as const) for (const v of delivery[key] ?? []) params.append(key, v);
  for (const key of ['coop', 'coep', 'coopro'] as const) if (delivery[key]) params.set(key, delivery[key]!);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return `/__diag/policy?${params}`;
}

export interface Probe {
  id: string;
  type: RequestType;
  /** A resource URL under /__diag/r/ (the harness adds `k` and `c`). */
  url: string;
}

export interface ProbeResult {
  id: string;
  blocked: boolean;
  /** A report-only policy reported this load. */
  reported: boolean;
  /** The load settled neither way in time (a harness problem, never a verdict). */
  timedOut: boolean;
}

const ProbeMessage = z.object({ diagProbe: z.string() });
const KIND: Record<RequestType, string> = { script: 'js', frame: 'frame', connect: 'api', form: 'form' };

function withCase(url: string, type: RequestType, id: string): string {
  const u = new URL(url);
  u.searchParams.set('k', KIND[type]);
  u.searchParams.set('c', id);
  return u.href;
}

const DIRECTIVE: Record<RequestType, string> = { script: 'script-src-elem', frame: 'frame-src', connect: 'connect-src', form: 'form-action' };

/** A violation's blockedURI names the probe: the full URL, or its origin when the browser strips it. */
function sameResource(blockedURI: string, url: string): boolean {
  return blockedURI === url || blockedURI === new URL(url).origin || blockedURI === url.split('?')[0];
}

/** Serves a policy page with its real headers in an iframe under `host`, resolved once it has loaded. */
async function loadPolicyPage(delivery: PolicyDelivery, title: string, host: HTMLElement): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.src = policyPageUrl(delivery);
  iframe.title = title;
  await new Promise<void>((resolve) => {
    iframe.addEventListener('load', () => resolve(), { once: true });
    host.append(iframe);
  });
  return iframe;
}

/**
 * A form post probe gets a policy page of its own and targets it (`_self`): the page's
 * form-action decides, and no frame-src of the page interferes, since the navigated frame is
 * the test page's child. Allowed → the landing page posts its id to this window.
 */
async function runFormProbe(delivery: PolicyDelivery, url: string, id: string, host: HTMLElement): Promise<{ blocked: boolean; timedOut: boolean }> {
  const iframe = await loadPolicyPage(delivery, 'form probe', host);
  const doc = iframe.contentDocument!;
  const result = await new Promise<{ blocked: boolean; timedOut: boolean }>((resolve) => {
    const done = (value: { blocked: boolean; timedOut: boolean }) => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(value);
    };
    const onMessage = (e: MessageEvent) => {
      const parsed = ProbeMessage.safeParse(e.data);
      if (parsed.success && parsed.data.diagProbe === id) done({ blocked: false, timedOut: false });
    };
    const timer = setTimeout(() => done({ blocked: false, timedOut: true }), 4000);
    window.addEventListener('message', onMessage);
    doc.addEventListener('securitypolicyviolation', (e) => {
      if (e.disposition === 'enforce' && e.effectiveDirective === 'form-action') done({ blocked: true, timedOut: false });
    });
    const form = doc.createElement('form');
    form.method = 'post';
    form.action = url;
    form.target = '_self';
    doc.body.append(form);
    form.submit();
  });
  iframe.remove();
  return result;
}

interface Violation {
  directive: string;
  uri: string;
  disposition: string;
}

/** Loads a policy page and runs every probe in it concurrently; one result per probe. */
export async function runProbes(delivery: PolicyDelivery, probes: readonly Probe[], host: HTMLElement = document.body): Promise<ProbeResult[]> {
  const iframe = await loadPolicyPage(delivery, 'policy page', host);
  const doc = iframe.contentDocument!;
  const win = iframe.contentWindow! as Window & typeof globalThis;
  const violations: Violation[] = [];
  const listeners = new Set<() => void>();
  doc.addEventListener('securitypolicyviolation', (e) => {
    violations.push({ directive: e.effectiveDirective, uri: e.blockedURI, disposition: e.disposition });
    for (const l of listeners) l();
  });
  const messages = new Set<string>();
  win.addEventListener('message', (e: MessageEvent) => {
    const parsed = ProbeMessage.safeParse(e.data);
    if (parsed.success) messages.add(parsed.data.diagProbe);
    for (const l of listeners) l();
  });
  const violated = (url: string, disposition: string, directive: string) =>
    violations.some((v) => v.disposition === disposition && v.directive === directive && sameResource(v.uri, url));
  const until = (predicate: () => boolean, ms: number) => new Promise<boolean>((resolve) => {
    if (predicate()) return resolve(true);
    const timer = setTimeout(() => { listeners.delete(check); resolve(false); }, ms);
    const check = () => { if (predicate()) { clearTimeout(timer); listeners.delete(check); resolve(true); } };
    listeners.add(check);
  });

  const run = async (probe: Probe): Promise<ProbeResult> => {
    const url = withCase(probe.url, probe.type, probe.id);
    let blocked = false;
    let timedOut = false;
    if (probe.type === 'script') {
      const script = doc.createElement('script');
      script.src = url;
      blocked = await new Promise<boolean>((resolve) => {
        script.onload = () => resolve(false);
        script.onerror = () => resolve(true);
        doc.head.append(script);
      });
    } else if (probe.type === 'connect') {
      blocked = await win.fetch(url).then(() => false, () => true);
    } else if (probe.type === 'frame') {
      const frame = doc.createElement('iframe');
      frame.src = url;
      doc.body.append(frame);
      const settled = await until(() => messages.has(probe.id) || violated(url, 'enforce', 'frame-src'), 4000);
      timedOut = !settled;
      blocked = !messages.has(probe.id);
    } else {
      ({ blocked, timedOut } = await runFormProbe(delivery, url, probe.id, host));
    }
    return { id: probe.id, blocked, reported: false, timedOut };
  };
  const results = await Promise.all(probes.map(run));
  // Report-only violations are queued as tasks; give them a moment to arrive.
  if (delivery.ro?.length) await new Promise((r) => setTimeout(r, 150));
  for (const [i, result] of results.entries()) {
    const probe = probes[i]!;
    if (probe.type !== 'form') result.reported = violated(withCase(probe.url, probe.type, probe.id), 'report', DIRECTIVE[probe.type]);
  }
  iframe.remove();
  return results;
}
