/**
 * Runs many CSP probes in one real page served with real policy headers (or meta tags) and
 * reads Chromium's verdict from its `securitypolicyviolation` events, not from load success:
 * a probe aimed at an unreachable URL (`https://localhost:80/`, `http://localhost.:p/`) still
 * gets a verdict, since CSP decides before the network is touched.
 *
 * Scripts, fetches and frames are made inside the policy page. Form posts are made there too
 * but target a frame of the test page, so the navigated frame is governed by no frame-src and
 * only the form's own page's `form-action` decides; one page takes many form probes.
 */
import type { RequestType } from '../../src/diagnostics/csp-evaluate.js';
import { policyPageUrl, type PolicyDelivery } from './diagnostics-harness.js';

/** A URL that stands for "a blob: URL minted by the policy page itself". */
export const SELF_BLOB = 'blob:self';

export interface DifferentialProbe {
  id: string;
  type: RequestType;
  /** A resource URL (the harness adds `k`, `c`, `u`), or SELF_BLOB. */
  url: string;
  /** Script probes: the element's `nonce`. */
  nonce?: string;
  /** Script probes: the element's `integrity` (the script body is the fixed HASHED_BODY). */
  integrity?: string;
}

export interface DifferentialResult {
  /** The URL actually requested (blob URLs are only known once minted). */
  url: string;
  blocked: boolean;
  reported: boolean;
  /**
   * The load neither finished nor failed in time (an unreachable host can hang). The verdict
   * still stands: CSP reports a violation before the request starts, and none came.
   */
  unsettled: boolean;
}

/** The body the test server sends for `c=h`; hash probes carry its digest as `integrity`. */
export const HASHED_BODY = '(self.__probes ||= []).push("h");';

const KIND: Record<RequestType, string> = { script: 'js', frame: 'frame', connect: 'api', form: 'form' };
const DIRECTIVE: Record<RequestType, string> = { script: 'script-src-elem', frame: 'frame-src', connect: 'connect-src', form: 'form-action' };
/** How long a load may take; navigations go through the browser process, slower on a busy machine. */
const SETTLE_MS: Record<RequestType, number> = { script: 3000, connect: 3000, frame: 6000, form: 6000 };

function requestUrl(probe: DifferentialProbe, win: Window & typeof globalThis): string {
  if (probe.url === SELF_BLOB) {
    const body = probe.type === 'script' ? HASHED_BODY : '<!doctype html><title>blob</title>';
    return win.URL.createObjectURL(new win.Blob([body], { type: probe.type === 'script' ? 'text/javascript' : 'text/html' }));
  }
  const u = new URL(probe.url);
  u.searchParams.set('k', KIND[probe.type]);
  u.searchParams.set('c', probe.integrity ? 'h' : probe.id);
  u.searchParams.set('u', probe.id);
  return u.href;
}

/** Does a violation's blockedURI name `url` (the full URL, its origin, no query, or the scheme for blob:)? */
function sameResource(blockedURI: string, url: string): boolean {
  if (url.startsWith('blob:')) return blockedURI === 'blob' || blockedURI === url;
  let origin = '';
  try {
    origin = new URL(url).origin;
  } catch {
    /* not parseable: compare literally */
  }
  return blockedURI === url || blockedURI === origin || blockedURI === url.split('?')[0];
}

function waitFor(target: EventTarget, events: string[], ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(false), ms);
    const finish = (settled: boolean) => {
      clearTimeout(timer);
      for (const e of events) target.removeEventListener(e, onEvent);
      resolve(settled);
    };
    const onEvent = () => finish(true);
    for (const e of events) target.addEventListener(e, onEvent);
  });
}

function loadFrame(src: string, title: string, host: HTMLElement, name = ''): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.title = title;
  if (name) iframe.name = name;
  iframe.src = src;
  return new Promise((resolve) => {
    iframe.addEventListener('load', () => resolve(iframe), { once: true });
    host.append(iframe);
  });
}

interface Violation {
  directive: string;
  uri: string;
  disposition: string;
}

/**
 * Chromium names a blocked frame by its origin only, and any blocked blob: URL as `blob`: two
 * such probes in one page could not be told apart, so a table that has them is refused.
 */
function assertDistinguishable(probes: readonly DifferentialProbe[]): void {
  const keys = probes
    .filter((p) => p.type === 'frame' || p.url === SELF_BLOB)
    .map((p) => `${p.type} ${p.url === SELF_BLOB ? 'blob' : new URL(p.url).origin}`);
  const repeated = keys.find((key, i) => keys.indexOf(key) !== i);
  if (repeated) throw new Error(`two probes of one page would both be reported as "${repeated}"`);
}

/** Serves `delivery` as a real page and runs every probe in it; one result per probe, in order. */
export async function runDifferentialPage(delivery: PolicyDelivery, probes: readonly DifferentialProbe[], host: HTMLElement = document.body): Promise<DifferentialResult[]> {
  assertDistinguishable(probes);
  const iframe = await loadFrame(policyPageUrl(delivery), 'policy page', host);
  const doc = iframe.contentDocument!;
  const win = iframe.contentWindow! as Window & typeof globalThis;
  const violations: Violation[] = [];
  const listeners = new Set<() => void>();
  doc.addEventListener('securitypolicyviolation', (e) => {
    violations.push({ directive: e.effectiveDirective, uri: e.blockedURI, disposition: e.disposition });
    for (const l of listeners) l();
  });
  const violated = (url: string, disposition: string, type: RequestType) =>
    violations.some((v) => v.disposition === disposition && v.directive === DIRECTIVE[type] && sameResource(v.uri, url));
  /** Resolves once the probe's own enforced violation has arrived (never, when allowed). */
  const blockedSignal = (url: string, type: RequestType) => new Promise<boolean>((resolve) => {
    const check = () => {
      if (!violated(url, 'enforce', type)) return;
      listeners.delete(check);
      resolve(true);
    };
    listeners.add(check);
    check();
  });
  const targets: HTMLIFrameElement[] = [];
  const settle = async (probe: DifferentialProbe, url: string): Promise<boolean> => {
    if (probe.type === 'script') {
      const script = doc.createElement('script');
      if (probe.nonce !== undefined) script.nonce = probe.nonce;
      if (probe.integrity !== undefined) {
        script.integrity = probe.integrity;
        script.crossOrigin = 'anonymous';
      }
      script.src = url;
      const settled = waitFor(script, ['load', 'error'], SETTLE_MS.script);
      doc.head.append(script);
      return settled;
    }
    if (probe.type === 'connect') {
      const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), SETTLE_MS.connect));
      return Promise.race([win.fetch(url).then(() => true, () => true), timeout]);
    }
    if (probe.type === 'frame') {
      const frame = doc.createElement('iframe');
      frame.src = url;
      const settled = Promise.race([waitFor(frame, ['load'], SETTLE_MS.frame), blockedSignal(url, 'frame')]);
      doc.body.append(frame);
      return settled;
    }
    // A form post into a frame of the test page: it loads (allowed) or a violation arrives.
    const name = `form-target-${probe.id}`;
    const target = await loadFrame('about:blank', 'form target', host, name);
    targets.push(target);
    const settled = Promise.race([waitFor(target, ['load'], SETTLE_MS.form), blockedSignal(url, 'form')]);
    const form = doc.createElement('form');
    form.method = 'post';
    form.action = url;
    form.target = name;
    doc.body.append(form);
    form.submit();
    return settled;
  };
  const urls = probes.map((p) => requestUrl(p, win));
  const settled = await Promise.all(probes.map((p, i) => settle(p, urls[i]!)));
  // Violation events are queued tasks (report-only ones after the load): give the last ones a moment.
  await new Promise((r) => setTimeout(r, 250));
  listeners.clear();
  const results = probes.map((probe, i) => {
    const url = urls[i]!;
    const blocked = violated(url, 'enforce', probe.type);
    return { url, blocked, reported: violated(url, 'report', probe.type), unsettled: !settled[i] && !blocked };
  });
  for (const t of targets) t.remove();
  iframe.remove();
  return results;
}
