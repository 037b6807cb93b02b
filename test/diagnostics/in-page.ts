/**
 * Runs `diagnose()` inside a page served with real policy headers (an iframe of this test page),
 * reached by GET or by a form POST, and returns what it resolved or rejected with.
 */
import * as z from 'zod/mini';
import type { DiagnoseOptions, DiagnosticReport } from '../../src/diagnostics/diagnose.js';
import { policyPageUrl, type PolicyDelivery } from '../support/diagnostics-harness.js';

const fixture = (nonce?: string) => `<script type="module"${nonce ? ` nonce="${nonce}"` : ''} src="/test/diagnostics/fixtures/in-page-diagnose.ts"></script>`;

export interface InPageResult {
  report?: DiagnosticReport;
  error?: { name: string; message: string; code?: string };
}

const Reply = z.object({ run: z.string(), report: z.optional(z.unknown()), error: z.optional(z.object({ name: z.string(), message: z.string(), code: z.optional(z.string()) })) });

/** `how.query`: extra query parameters of the page (`log` records its requests on the server); `how.nonce`: the fixture script's nonce. */
export async function diagnoseInPage(
  delivery: PolicyDelivery,
  options: Partial<DiagnoseOptions>,
  how: { post?: boolean; query?: Record<string, string>; nonce?: string } = {},
): Promise<InPageResult> {
  const run = `run-${Math.random().toString(36).slice(2)}`;
  const url = policyPageUrl(delivery, { ...how.query, body: fixture(how.nonce), options: JSON.stringify({ providers: 'glomo', ...options }), run });
  const iframe = document.createElement('iframe');
  iframe.name = run;
  iframe.title = 'diagnosed page';
  const reply = new Promise<InPageResult>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer from the diagnosed page')), 15_000);
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      const parsed = Reply.safeParse(event.data);
      if (!parsed.success || parsed.data.run !== run) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve({ report: parsed.data.report as DiagnosticReport | undefined, error: parsed.data.error });
    });
  });
  document.body.append(iframe);
  if (how.post) {
    // A real form post: the page is reached by POST, as a checkout confirmation would be.
    const form = document.createElement('form');
    form.method = 'post';
    form.action = url;
    form.target = run;
    const field = document.createElement('input');
    field.type = 'hidden';
    field.name = 'order';
    field.value = 'o_1';
    form.append(field);
    document.body.append(form);
    form.submit();
    form.remove();
  } else {
    iframe.src = url;
  }
  try {
    return await reply;
  } finally {
    iframe.remove();
  }
}

/** The methods (and queries) the server saw for pages served with `log=<id>`. */
export async function requestLog(id: string): Promise<{ method: string; search: string }[]> {
  const response = await fetch(`/__diag/log?id=${encodeURIComponent(id)}`);
  return z.array(z.object({ method: z.string(), search: z.string() })).parse(await response.json());
}
