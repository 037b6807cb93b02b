/**
 * For provider elements whose flow failed: which check explains it, and its fix, in one
 * sentence a `pay-error` can carry.
 */
import type { ProviderName } from '../core/types.js';
import { translator } from '../core/messages.js';
import { diagnosticsMessages } from './diagnostics.messages.js';
import { CHECK_FOR_TYPE, diagnose, type CheckId, type DiagnoseOptions, type DiagnosticCheck } from './diagnose.js';
import { watchViolations } from './violations.js';

export type FailureKind = 'sdk_load_failed' | 'popup_link_cut' | 'frame_blocked' | 'api_blocked' | 'form_blocked';

const CHECK_FOR_FAILURE: Record<FailureKind, CheckId> = {
  sdk_load_failed: 'csp-script-src',
  popup_link_cut: 'coop',
  frame_blocked: 'csp-frame-src',
  api_blocked: 'csp-connect-src',
  form_blocked: 'csp-form-action',
};

export interface FailureExplanation {
  check: DiagnosticCheck;
  /** Message and fix in one sentence, for `pay-error`'s message. */
  message: string;
}

/**
 * The failing (or warning) check behind a provider's failure, or null when the policies
 * do not explain it (then a violation seen for the provider is used, if any).
 */
export async function explainFailure(
  provider: ProviderName,
  what: FailureKind,
  options: Omit<DiagnoseOptions, 'providers'> = {},
): Promise<FailureExplanation | null> {
  const id = CHECK_FOR_FAILURE[what];
  // A diagnosis that cannot run (bad options) explains nothing: the flow's own error stands.
  const report = await diagnose({ ...options, providers: [provider] }).catch(() => null);
  if (!report) return null;
  const check = report.checks.find((c) => c.id === id && c.provider === provider);
  const t = translator(diagnosticsMessages, options.locale);
  if (check && (check.status === 'fail' || check.status === 'warn')) {
    return { check, message: t('diagnostics.explain', { message: check.message, fix: check.fix?.summary ?? '' }) };
  }
  const violation = watchViolations(undefined, options.hosts).violations()
    .find((v) => v.provider === provider && v.disposition === 'enforce' && v.type !== null && CHECK_FOR_TYPE[v.type] === id);
  if (violation && check) {
    const message = t('diagnostics.violation', { url: violation.blockedURI, directive: violation.effectiveDirective });
    return { check: { ...check, status: 'fail', message }, message };
  }
  return null;
}
