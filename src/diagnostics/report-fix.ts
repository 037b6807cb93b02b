/**
 * The fix of a report: every blocked source (and refused Trusted Types name) merged into the
 * site's own policies at once, as headers, meta tags and server snippets. A per-response
 * `'nonce-…'` of the page is never copied into them: a placeholder and a note stand instead.
 */
import type { RequestType } from './csp-evaluate.js';
import { serializePolicy, type CspPolicy } from './csp-parse.js';
import type { Translator } from '../core/messages.js';
import { headerSnippets, mergeSources, targetDirective, type DiagnosticFix, type MissingSources } from './fixes.js';
import type { PagePolicies } from './read-policies.js';
import { mergedTrustedTypesValue } from './trusted-types.js';

/** A source a policy blocks for a request type. */
export interface Blocked {
  policy: CspPolicy;
  type: RequestType;
  source: string;
}

/** Trusted Types policy names a policy's `trusted-types` refuses. */
export interface RefusedNames {
  policy: CspPolicy;
  names: string[];
}

/** What stands for the page's nonce in a fix: the server must put a fresh one there per response. */
export const NONCE_PLACEHOLDER = "'nonce-{RANDOM_PER_RESPONSE}'";
const NONCE_SOURCE = /'nonce-[^']*'/gi;

const FIX_HEADER: Record<'enforce' | 'report', string> = {
  enforce: 'Content-Security-Policy',
  report: 'Content-Security-Policy-Report-Only',
};

/** `value` with every `'nonce-…'` replaced by the placeholder. */
export function withNoncePlaceholder(value: string): string {
  return value.replace(NONCE_SOURCE, NONCE_PLACEHOLDER);
}

/** The sources to add, per directive to add them to. */
export function missingPerDirective(blocks: readonly Blocked[]): MissingSources[] {
  const byDirective = new Map<string, string[]>();
  for (const { policy, type, source } of blocks) {
    const directive = targetDirective(policy, type) ?? type;
    const list = byDirective.get(directive) ?? [];
    if (!list.includes(source)) list.push(source);
    byDirective.set(directive, list);
  }
  return [...byDirective].map(([directive, sources]) => ({ directive, sources }));
}

/** One sentence per directive: "Add … to …". */
export function fixSummary(missing: readonly MissingSources[], refused: readonly RefusedNames[], t: Translator): string {
  const parts = missing.map((m) => t('diagnostics.fix.csp', { sources: m.sources.join(' '), directive: m.directive }));
  const names = [...new Set(refused.flatMap((r) => r.names))];
  if (names.length) parts.push(t('diagnostics.fix.tt', { names: names.join(' ') }));
  return parts.join(' ');
}

function mergedValue(policy: CspPolicy, blocks: readonly Blocked[], refused: readonly RefusedNames[]): string {
  const byType = new Map<RequestType, string[]>();
  for (const block of blocks) {
    if (block.policy !== policy) continue;
    const list = byType.get(block.type) ?? [];
    if (!list.includes(block.source)) list.push(block.source);
    byType.set(block.type, list);
  }
  const merged = mergeSources(policy, [...byType].map(([type, sources]) => ({ type, sources })));
  const names = refused.filter((r) => r.policy === policy).flatMap((r) => r.names);
  if (names.length) merged.set('trusted-types', mergedTrustedTypesValue(merged.get('trusted-types') ?? [], names));
  return withNoncePlaceholder(serializePolicy(merged));
}

/** Headers, meta tags and snippets that allow everything in `blocks` and `refused` at once. */
export function buildFix(policies: PagePolicies, blocks: readonly Blocked[], refused: readonly RefusedNames[], t: Translator): DiagnosticFix {
  const touches = (p: CspPolicy) => blocks.some((b) => b.policy === p) || refused.some((r) => r.policy === p);
  const headers: { name: string; value: string }[] = [];
  for (const disposition of ['enforce', 'report'] as const) {
    const headerPolicies = policies.csp.filter((p) => p.source === 'header' && p.disposition === disposition);
    if (!headerPolicies.some(touches)) continue;
    headers.push({ name: FIX_HEADER[disposition], value: headerPolicies.map((p) => mergedValue(p, blocks, refused)).join(', ') });
  }
  const meta = policies.csp.filter((p) => p.source === 'meta' && touches(p)).map((p) => mergedValue(p, blocks, refused));
  const missing = missingPerDirective(blocks);
  let summary = fixSummary(missing, refused, t);
  if (meta.length) summary += ` ${t('diagnostics.fix.meta')}`;
  if ([...headers.map((h) => h.value), ...meta].some((v) => v.includes(NONCE_PLACEHOLDER))) {
    summary += ` ${t('diagnostics.fix.nonce', { placeholder: NONCE_PLACEHOLDER })}`;
  }
  return { summary, missing, headers, meta, snippets: headerSnippets(headers, t) };
}
