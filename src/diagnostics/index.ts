/**
 * `pay-elements/diagnostics`: COOP/CSP diagnosis of the page for the chosen providers, the
 * `<pay-diagnostics>` element, and the pure pieces (parse, match, evaluate) it is built from.
 */
export { diagnose, buildReport, parseProviders, CHECK_FOR_TYPE } from './diagnose.js';
export type { CheckId, CheckStatus, DiagnosticCheck, DiagnosticReport, DiagnoseOptions } from './diagnose.js';
export { DiagnoseConfigError, DEFAULT_TIMEOUT_MS } from './diagnose-options.js';
export { evaluateTrustedTypes, mergedTrustedTypesValue, PAY_ELEMENTS_POLICY_NAMES } from './trusted-types.js';
export type { TrustedTypesVerdict } from './trusted-types.js';
export { NONCE_PLACEHOLDER, withNoncePlaceholder } from './report-fix.js';
export { explainFailure } from './explain.js';
export type { FailureKind, FailureExplanation } from './explain.js';
export { watchViolations, attributeViolation, requestTypeOf } from './violations.js';
export type { ObservedViolation, AttributedViolation, ViolationWatch } from './violations.js';
export { parseCspHeader, parseMetaPolicy, parseMetaPolicies, parseSerializedPolicy, serializePolicy, metaPoliciesFromHtml } from './csp-parse.js';
export type { CspPolicy, PolicyDisposition, PolicySource } from './csp-parse.js';
export { urlMatchesExpression, urlMatchesSourceList, parseSourceExpression, matchesSelf, matchExpression, matchSourceList } from './csp-match.js';
export type { ChromiumDeparture, MatchContext, ExpressionMatch } from './csp-match.js';
export { decodeUrlPath } from './csp-path.js';
export { cspNotesMessages, CHROMIUM_DEPARTURE_MESSAGE } from './csp-notes.messages.js';
export { evaluateRequest, evaluatePolicy, governingDirective, DIRECTIVE_FALLBACKS, EFFECTIVE_DIRECTIVE } from './csp-evaluate.js';
export type { CspRequest, RequestType, RequestVerdict, PolicyVerdict } from './csp-evaluate.js';
export { parseCoop, evaluateCoop, isIsolatingCoep } from './coop.js';
export type { CoopValue, CoopVerdictKind } from './coop.js';
export { PROVIDER_REQUIREMENTS, requirementFor } from './requirements.js';
export type { ProviderRequirement, RequiredSource, HostOverrides } from './requirements.js';
export { mergeSources, mergedPolicyValue, headerSnippets, targetDirective } from './fixes.js';
export type { DiagnosticFix, FixSnippet, MissingSources, ServerKind } from './fixes.js';
export { readPolicies, policiesFromHeaders } from './read-policies.js';
export type { PagePolicies } from './read-policies.js';
export { PayDiagnostics } from '../components/diagnostics/diagnostics.js';
