/**
 * `diagnose` and `explainFailure` in the main file: both load the diagnostics file
 * (pay-diagnostics.iife.js) on first use. The script-tag build also resolves every
 * `import('…/diagnostics/explain.js')` of the flows and elements to this module, so the main
 * file carries none of the CSP evaluator.
 */
import type { DiagnoseOptions, DiagnosticReport } from '../diagnostics/diagnose.js';
import type { FailureExplanation, FailureKind } from '../diagnostics/explain.js';
import type { ProviderName } from '../core/types.js';
import { isLoading, loadLazyFile } from './load-lazy-file.js';

const DIAGNOSTICS_TAG = 'pay-diagnostics';

interface DiagnosticsExports {
  diagnose(options: DiagnoseOptions): Promise<DiagnosticReport>;
  explainFailure(provider: ProviderName, what: FailureKind, options?: Omit<DiagnoseOptions, 'providers'>): Promise<FailureExplanation | null>;
}

const diagnostics = async () => (await loadLazyFile(DIAGNOSTICS_TAG)) as unknown as DiagnosticsExports;

/** COOP/CSP diagnosis of this page for the chosen providers (loads the diagnostics file first). */
export async function diagnose(options: DiagnoseOptions): Promise<DiagnosticReport> {
  return (await diagnostics()).diagnose(options);
}

/** The failing check behind a provider's failure, and its fix (loads the diagnostics file first). */
export async function explainFailure(
  provider: ProviderName,
  what: FailureKind,
  options?: Omit<DiagnoseOptions, 'providers'>,
): Promise<FailureExplanation | null> {
  // The SDK loader explains a CSP block through here: when the blocked script is the diagnostics
  // file itself, waiting for that file would wait forever. The explanation is a bonus: skip it.
  if (isLoading(DIAGNOSTICS_TAG)) return null;
  return (await diagnostics()).explainFailure(provider, what, options);
}
