/**
 * Fixes that merge into the site's existing policy: the exact sources to add per directive,
 * the merged header value, and how to send it from common servers.
 */
import { serializePolicy, type CspPolicy } from './csp-parse.js';
import { DIRECTIVE_FALLBACKS, type RequestType } from './csp-evaluate.js';
import { translator, type MessageKey, type Translator } from '../core/messages.js';
import { diagnosticsMessages } from './diagnostics.messages.js';

const english = translator(diagnosticsMessages);

export type ServerKind = 'apache' | 'nginx' | 'express' | 'nextjs' | 'django' | 'rails' | 'iis' | 'aspnetcore';

export interface FixSnippet {
  server: ServerKind;
  label: string;
  code: string;
}

export interface MissingSources {
  /** The directive to add the sources to (created from its fallback when absent). */
  directive: string;
  sources: string[];
}

export interface DiagnosticFix {
  summary: string;
  /** Exact sources missing, per directive. */
  missing: MissingSources[];
  /** Headers to send, merged into the current values. */
  headers: { name: string; value: string }[];
  /** Merged `content` of `<meta http-equiv="Content-Security-Policy">` tags that block. */
  meta: string[];
  snippets: FixSnippet[];
}

/** The directive a source must be added to in `policy` so that `type` is allowed. */
export function targetDirective(policy: CspPolicy, type: RequestType): string | null {
  const governing = DIRECTIVE_FALLBACKS[type].find((name) => policy.directives.has(name));
  if (!governing) return null;
  if (governing === 'default-src' || governing === 'child-src') return type === 'script' ? 'script-src' : DIRECTIVE_FALLBACKS[type][0]!;
  return governing;
}

/**
 * The policy with `additions` merged in. A directive that was inherited from a fallback
 * (`default-src`, `child-src`) is created from the fallback's sources so nothing else changes.
 */
export function mergeSources(policy: CspPolicy, additions: readonly { type: RequestType; sources: readonly string[] }[]): Map<string, string[]> {
  const merged = new Map([...policy.directives].map(([name, value]) => [name, [...value]] as [string, string[]]));
  for (const { type, sources } of additions) {
    const target = targetDirective(policy, type);
    if (!target) continue;
    const fallback = DIRECTIVE_FALLBACKS[type].find((name) => merged.has(name));
    const current = merged.get(target) ?? [...(fallback ? merged.get(fallback)! : [])];
    const next = current.filter((source) => source.toLowerCase() !== "'none'");
    for (const source of sources) if (!next.includes(source)) next.push(source);
    merged.set(target, next);
  }
  return merged;
}

/** Serializes the merged policy. */
export function mergedPolicyValue(policy: CspPolicy, additions: readonly { type: RequestType; sources: readonly string[] }[]): string {
  return serializePolicy(mergeSources(policy, additions));
}

const quoteDouble = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const quoteSingle = (value: string) => value.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
const xmlAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** How to send `name: value` from each server we document; labels from the catalog through `t` (English by default). */
export function headerSnippets(headers: readonly { name: string; value: string }[], t: Translator = english): FixSnippet[] {
  if (!headers.length) return [];
  const each = (f: (h: { name: string; value: string }) => string, sep = '\n') => headers.map(f).join(sep);
  const snippets: Omit<FixSnippet, 'label'>[] = [
    { server: 'apache', code: each((h) => `Header always set ${h.name} "${quoteDouble(h.value)}"`) },
    { server: 'nginx', code: each((h) => `add_header ${h.name} "${quoteDouble(h.value)}" always;`) },
    {
      server: 'express',
      code: `app.use((req, res, next) => {\n${each((h) => `  res.setHeader('${h.name}', '${quoteSingle(h.value)}');`)}\n  next();\n});`,
    },
    {
      server: 'nextjs',
      code: `module.exports = {\n  async headers() {\n    return [{\n      source: '/(.*)',\n      headers: [\n${each((h) => `        { key: '${h.name}', value: '${quoteSingle(h.value)}' },`)}\n      ],\n    }];\n  },\n};`,
    },
    {
      server: 'django',
      code: `class SecurityHeadersMiddleware:\n    def __init__(self, get_response):\n        self.get_response = get_response\n\n    def __call__(self, request):\n        response = self.get_response(request)\n${each((h) => `        response['${h.name}'] = "${quoteDouble(h.value)}"`)}\n        return response`,
    },
    {
      server: 'rails',
      code: each((h) => `config.action_dispatch.default_headers['${h.name}'] = "${quoteDouble(h.value)}"`),
    },
    {
      server: 'iis',
      code: `<system.webServer>\n  <httpProtocol>\n    <customHeaders>\n${each((h) => `      <remove name="${h.name}" />\n      <add name="${h.name}" value="${xmlAttr(h.value)}" />`)}\n    </customHeaders>\n  </httpProtocol>\n</system.webServer>`,
    },
    {
      server: 'aspnetcore',
      code: `app.Use(async (context, next) =>\n{\n${each((h) => `    context.Response.Headers["${h.name}"] = "${quoteDouble(h.value)}";`)}\n    await next();\n});`,
    },
  ];
  return snippets.map(({ server, code }) => ({ server, label: t(`diagnostics.server.${server}` as MessageKey), code }));
}
