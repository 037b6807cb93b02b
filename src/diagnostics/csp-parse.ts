/**
 * Content Security Policy parsing, as CSP Level 3 §2.2 describes it and Chromium does it: a
 * header value is a comma-separated list of serialized policies, each a `;`-separated list of
 * directives. The first occurrence of a directive wins; names are case-insensitive; a directive
 * holding a non-ASCII character is dropped (§2.2.1). Chromium also splits a `<meta>` policy on
 * commas (the spec does not): `parseMetaPolicies` does what Chromium does and marks the pieces.
 */

/** Where a policy came from; meta policies are always enforced and lose a few directives. */
export type PolicySource = 'header' | 'meta';
export type PolicyDisposition = 'enforce' | 'report';

export interface CspPolicy {
  /** Directive name (lower case) → its source expressions, in order. */
  directives: Map<string, string[]>;
  disposition: PolicyDisposition;
  source: PolicySource;
  /** The serialized policy as received, for merged fixes. */
  raw: string;
  /**
   * A piece of a `<meta>` policy that Chromium split on a comma. Other browsers read the whole
   * content as one policy (CSP3 parses meta content without splitting), so verdicts may differ.
   */
  splitFromMetaComma?: boolean;
}

const DIRECTIVE_NAME = /^[a-zA-Z0-9-]+$/;
const NON_ASCII = /[^\x00-\x7f]/;
/** Directives a `<meta http-equiv>` policy cannot carry (CSP3 §3.3). */
const META_IGNORED = new Set(['frame-ancestors', 'sandbox', 'report-uri']);

function splitAsciiWhitespace(value: string): string[] {
  return value.split(/[\t\n\f\r ]+/).filter(Boolean);
}

/** Parses one serialized policy (no commas). */
export function parseSerializedPolicy(
  serialized: string,
  disposition: PolicyDisposition = 'enforce',
  source: PolicySource = 'header',
): CspPolicy {
  const directives = new Map<string, string[]>();
  for (const token of serialized.split(';')) {
    const trimmed = token.trim();
    // CSP3 §2.2.1: a directive with a non-ASCII code point is skipped, not applied (Chromium agrees).
    if (!trimmed || NON_ASCII.test(trimmed)) continue;
    const [name = '', ...value] = splitAsciiWhitespace(trimmed);
    if (!DIRECTIVE_NAME.test(name)) continue;
    const lower = name.toLowerCase();
    if (directives.has(lower)) continue;
    if (source === 'meta' && META_IGNORED.has(lower)) continue;
    directives.set(lower, value);
  }
  return { directives, disposition, source, raw: serialized.trim() };
}

/**
 * Parses a `Content-Security-Policy` (or `-Report-Only`) header value, which may hold several
 * policies joined by commas (several headers of the same name arrive comma-joined).
 */
export function parseCspHeader(value: string, disposition: PolicyDisposition = 'enforce'): CspPolicy[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => parseSerializedPolicy(part, disposition, 'header'))
    .filter((policy) => policy.directives.size > 0);
}

/**
 * Parses the `content` of a `<meta http-equiv="Content-Security-Policy">` as one policy, as
 * CSP3 says (always enforced). Chromium splits on commas: prefer `parseMetaPolicies`.
 */
export function parseMetaPolicy(content: string): CspPolicy | null {
  const policy = parseSerializedPolicy(content, 'enforce', 'meta');
  return policy.directives.size > 0 ? policy : null;
}

/**
 * The policies Chromium enforces for a `<meta http-equiv="Content-Security-Policy">`: its
 * content split on commas, like a header (verified in Chromium 156). A content with a comma
 * gives pieces marked `splitFromMetaComma`, since other browsers keep it whole.
 */
export function parseMetaPolicies(content: string): CspPolicy[] {
  const pieces = content.split(',').map((part) => part.trim()).filter(Boolean);
  const split = content.includes(',');
  return pieces
    .map((part) => parseSerializedPolicy(part, 'enforce', 'meta'))
    .filter((policy) => policy.directives.size > 0)
    .map((policy) => (split ? { ...policy, splitFromMetaComma: true } : policy));
}

/** Serializes a directive map back to header form (`a b; c d`). */
export function serializePolicy(directives: Map<string, string[]>): string {
  return [...directives].map(([name, value]) => [name, ...value].join(' ')).join('; ');
}

/**
 * The `<meta http-equiv>` policies found in an HTML string (for the command-line doctor,
 * which has no DOM). Only `Content-Security-Policy` counts: report-only is not allowed in meta.
 */
export function metaPoliciesFromHtml(html: string): string[] {
  const found: string[] = [];
  const headEnd = html.search(/<\/head\s*>|<body[\s>]/i);
  const head = headEnd >= 0 ? html.slice(0, headEnd) : html;
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = new Map<string, string>();
    for (const m of tag.matchAll(/([a-zA-Z-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
      attrs.set(m[1]!.toLowerCase(), decodeEntities(m[3] ?? m[4] ?? m[5] ?? ''));
    }
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy' && attrs.has('content')) {
      found.push(attrs.get('content')!);
    }
  }
  return found;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
