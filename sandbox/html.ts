/**
 * Server-rendered HTML for the hosted pages. Every interpolated value is escaped unless it is
 * itself the output of `html` — so a hostile `orderId` or `callbackUrl` can't inject markup.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/**
 * A whole hosted page. Scripts and styles are separate files on the sandbox (not inline), so
 * the pages also work when a test puts a strict `script-src 'self'` CSP on them.
 */
export function htmlDocument(options: { title: string; body: SafeHtml; scripts?: string[] }): string {
  const scripts = (options.scripts ?? []).map((src) => html`<script type="module" src="${src}"></script>`);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
<link rel="stylesheet" href="/assets/sandbox.css">
${scripts}
</head>
<body>
<p class="sandbox-banner">Test mode: local sandbox, no real money moves.</p>
${options.body}
</body>
</html>`.value;
}

/** Shared look of the hosted pages: plain, readable, obviously a sandbox. */
export const SANDBOX_CSS = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 32rem; padding: 1rem; color: #1b1b1f; }
.sandbox-banner { background: #fff4ce; border: 1px solid #e0c060; padding: .25rem .5rem; font-size: .875rem; }
h1 { font-size: 1.25rem; }
section { border: 1px solid #ccc; border-radius: .5rem; padding: 1rem; margin: 1rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; font-family: ui-monospace, monospace; }
label { display: block; margin: .5rem 0 .25rem; }
input { font: inherit; padding: .25rem .5rem; width: 100%; box-sizing: border-box; }
button { font: inherit; padding: .5rem 1rem; margin: .5rem .5rem 0 0; cursor: pointer; }
[role="alert"] { color: #a00; }
`;
