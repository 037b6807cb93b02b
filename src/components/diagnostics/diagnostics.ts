import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { Announcer, visuallyHiddenStyles } from '../../core/announcer.js';
import { PayElement } from '../../core/pay-element.js';
import type { MessageKey } from '../../core/messages.js';
import { splitNames } from '../../core/names.js';
import { reportInvalidConfig } from '../../core/report-invalid-config.js';
import { countByStatus, diagnose, type DiagnosticCheck, type DiagnosticReport } from '../../diagnostics/diagnose.js';
import { DiagnoseConfigError } from '../../diagnostics/diagnose-options.js';
import { isProviderName, PROVIDER_NAMES, type HostOverrides } from '../../diagnostics/requirements.js';
import type { DiagnosticFix, FixSnippet } from '../../diagnostics/fixes.js';
import { diagnosticsStyles } from './diagnostics.styles.js';
import { cspNotesMessages, cspNotesTranslations } from '../../diagnostics/csp-notes.messages.js';
import { diagnosticsMessages, diagnosticsTranslations } from '../../diagnostics/diagnostics.messages.js';

/**
 * @tagname pay-diagnostics
 * @summary Checks this page's COOP and CSP headers against what the named payment providers
 * need, and shows the result as a checklist with fixes ready to copy.
 *
 * This page's headers are read with a `HEAD` request (never by requesting a page reached by a
 * form post or a one-time link again); when its own `connect-src` blocks even that, the policy
 * is recovered from the browser's violation report. Every read gives up after `timeout-ms`.
 *
 * @fires {CustomEvent<DiagnosticReport>} pay-diagnostics-report - The report is ready: `detail` is the `DiagnosticReport` (`{ url, headersReadable, checks, fix, notes, returnUrl? }`).
 * @fires {CustomEvent<PayErrorDetail>} pay-error - `{ code: 'invalid_config', message }` when `providers` names an unknown provider (once per distinct set of unknown names; the known ones are still checked), or when the diagnosis cannot run at all (a relative `url`, a host override without a scheme, a bad `timeout-ms` …): the reason is shown in place of the checklist, never a spinner.
 *
 * @slot - Extra content shown under the checklist (your own support links).
 *
 * @csspart base - The wrapper.
 * @csspart title - The heading.
 * @csspart summary - The one-line count of failing, warning, unknown and passing checks.
 * @csspart notes - How the headers were read and what could not be done (a list).
 * @csspart error - Why the diagnosis could not run (an alert).
 * @csspart list - The checklist.
 * @csspart check - One check (also `check-pass`, `check-fail`, `check-warn`, `check-unknown`).
 * @csspart status - A check's status label.
 * @csspart message - A check's explanation.
 * @csspart fix - The disclosure holding a check's fix.
 * @csspart snippet - One server's fix.
 * @csspart copy-button - The button that copies a fix.
 * @csspart cors - The section on CORS errors caused by browser extensions (shown when a provider makes API calls).
 * @csspart cors-link - The button, on each API-call check, that leads to the CORS section.
 *
 * @cssprop --pay-diagnostics-color - Text colour.
 * @cssprop --pay-diagnostics-background - Background.
 * @cssprop --pay-diagnostics-border-color - Border and separator colour.
 * @cssprop --pay-diagnostics-radius - Corner radius.
 * @cssprop --pay-diagnostics-padding - Inner spacing.
 * @cssprop --pay-diagnostics-pass-color - Colour of "Pass".
 * @cssprop --pay-diagnostics-fail-color - Colour of "Fail".
 * @cssprop --pay-diagnostics-warn-color - Colour of "Warning".
 * @cssprop --pay-diagnostics-unknown-color - Colour of "Unknown".
 * @cssprop --pay-diagnostics-code-background - Background of fix code.
 * @cssprop --pay-diagnostics-code-color - Colour of fix code.
 * @cssprop --pay-diagnostics-code-font - Font of fix code.
 * @cssprop --pay-diagnostics-focus-color - Focus ring colour.
 */
export class PayDiagnostics extends PayElement {
  static override styles = [diagnosticsStyles, visuallyHiddenStyles];
  static override properties: PropertyDeclarations = {
    providers: {},
    url: {},
    returnUrl: { attribute: 'return-url' },
    probeUrl: { attribute: 'probe-url' },
    timeoutMs: { attribute: 'timeout-ms', type: Number },
    hosts: { attribute: false },
    fetchImpl: { attribute: false },
    report: { state: true, attribute: false },
    failure: { state: true, attribute: false },
  };

  protected static override messages = { ...cspNotesMessages, ...diagnosticsMessages };
  protected static override translations = [cspNotesTranslations, diagnosticsTranslations];

  /** Space-separated provider names to check: `glomo`, `payglobe`, `payglocal`, `sibs`. */
  providers = '';

  /** The document to check, an absolute http(s) URL; defaults to this page. */
  url?: string;

  /**
   * The page a popup checkout returns to (its COOP can cut the popup from this page). Defaults
   * to the `callback-url` of a `<pay-glomo-checkout>` in the same document, when there is one.
   */
  returnUrl?: string;

  /** A same-origin URL served with this page's headers and no side effects, read instead of this page. */
  probeUrl?: string;

  /** How long each header read may take, in milliseconds (default 10 000). */
  timeoutMs?: number;

  /** Hosts replacing a provider's defaults (a sandbox, another region). */
  hosts?: HostOverrides;

  /** The fetch used to read the page's headers (tests, proxies). */
  fetchImpl?: typeof fetch;

  /** The latest report, or null while checking. */
  report: DiagnosticReport | null = null;

  /** Why the latest diagnosis could not run, or null. */
  private failure: string | null = null;

  private readonly announcer = new Announcer(this);

  /** The unknown provider names already reported with `pay-error` (see `reportInvalidConfig`). */
  private readonly reportedConfig = new Set<string>();

  private run = 0;

  /**
   * Runs the diagnosis again and resolves with the new report; rejects with the
   * `DiagnoseConfigError` (also shown, and sent as `pay-error`) when it cannot run.
   */
  async refresh(): Promise<DiagnosticReport> {
    const run = ++this.run;
    this.report = null;
    this.failure = null;
    try {
      const report = await diagnose({
        // Unknown names are reported by `reportInvalidProviders`; the known ones are checked.
        providers: splitNames(this.providers ?? '').filter(isProviderName),
        hosts: this.hosts,
        fetchImpl: this.fetchImpl,
        url: this.url || undefined,
        returnUrl: this.returnUrl || this.callbackUrlInDocument(),
        probeUrl: this.probeUrl || undefined,
        timeoutMs: this.timeoutMs,
        locale: this.locale,
      });
      if (run === this.run) {
        this.report = report;
        // The checklist replaces "Checking…" silently: say its summary, as a status message (WCAG 4.1.3).
        this.announcer.announce(report.checks.length ? this.t('diagnostics.summary', countByStatus(report.checks)) : this.t('diagnostics.empty'));
        await this.updateComplete;
        this.emit('pay-diagnostics-report', report);
      }
      return report;
    } catch (error) {
      if (run === this.run) this.showFailure(error);
      throw error;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['providers', 'url', 'hosts', 'fetchImpl', 'returnUrl', 'probeUrl', 'timeoutMs'] as const;
    // The failure is shown and sent as pay-error by refresh(): nothing is left unhandled.
    if (inputs.some((name) => changed.has(name))) this.refresh().catch(() => undefined);
  }

  /** The failure in place of the checklist, and `pay-error` `invalid_config` once per distinct reason. */
  private showFailure(error: unknown): void {
    const reason = error instanceof DiagnoseConfigError ? error.reason : error instanceof Error ? error.message : String(error);
    this.failure = reason;
    reportInvalidConfig(this, this.reportedConfig, `failure=${reason}`, () => this.t('diagnostics.config.invalid', { reason }));
  }

  /** The callback URL of a `<pay-glomo-checkout>` in this element's document: where its popup returns. */
  private callbackUrlInDocument(): string | undefined {
    const root = this.getRootNode() as Document | ShadowRoot;
    const value = root.querySelector?.('pay-glomo-checkout[callback-url]')?.getAttribute('callback-url')?.trim();
    if (!value) return undefined;
    try {
      return new URL(value, document.baseURI).href;
    } catch {
      return value; // validated (and reported) by diagnose()
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('providers')) this.reportInvalidProviders();
  }

  /** `pay-error` `invalid_config` naming the provider names this element does not know (once per distinct set). */
  private reportInvalidProviders(): void {
    const unknown = splitNames(this.providers ?? '').filter((name) => !isProviderName(name));
    reportInvalidConfig(this, this.reportedConfig, unknown.length ? `providers=${[...unknown].sort().join(' ')}` : '', () =>
      this.t('diagnostics.invalidProviders', { providers: unknown.join(', '), known: PROVIDER_NAMES.join(', ') }));
  }

  protected override render() {
    const report = this.report;
    return html`
      <section part="base" aria-labelledby="title" aria-busy=${report || this.failure ? 'false' : 'true'}>
        <h2 id="title" part="title">${this.t('diagnostics.title')}</h2>
        ${this.failure
          ? html`<p part="error" role="alert">${this.t('diagnostics.failed', { reason: this.failure })}</p>`
          : report ? this.renderReport(report) : html`<p>${this.t('diagnostics.running')}</p>`}
        ${report?.checks.some((c) => c.id === 'csp-connect-src') ? this.renderCors() : nothing}
        <slot></slot>
      </section>
    `;
  }

  private renderReport(report: DiagnosticReport) {
    if (!report.checks.length) return html`<p part="summary">${this.t('diagnostics.empty')}</p>`;
    return html`
      <p part="summary">${this.t('diagnostics.summary', countByStatus(report.checks))}</p>
      <ul part="list" role="list">${report.checks.map((check) => this.renderCheck(check))}</ul>
      ${report.notes.length ? html`<ul part="notes">${report.notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}
    `;
  }

  private renderCheck(check: DiagnosticCheck) {
    return html`
      <li part="check check-${check.status}" data-status=${check.status} data-check=${check.id} data-provider=${check.provider}>
        <span part="status">${this.t(`diagnostics.status.${check.status}` as MessageKey)}</span>
        <span part="message">${check.message}</span>
        ${check.fix ? this.renderFix(check.fix) : nothing}
        ${check.id === 'csp-connect-src' ? html`
          <button type="button" part="cors-link" class="link" aria-controls="cors" @click=${this.showCors}>${this.t('diagnostics.cors.link')}</button>
        ` : nothing}
      </li>
    `;
  }

  private renderFix(fix: DiagnosticFix) {
    return html`
      <details part="fix">
        <summary>${this.t('diagnostics.fix')}</summary>
        <p>${fix.summary}</p>
        ${fix.headers.length ? html`
          <h3>${this.t('diagnostics.headers')}</h3>
          ${this.renderCopyable('headers', this.t('diagnostics.headers'), fix.headers.map((h) => `${h.name}: ${h.value}`).join('\n'))}
        ` : nothing}
        ${fix.meta.map((content) => this.renderCopyable('meta', this.t('diagnostics.metaTag'), `<meta http-equiv="Content-Security-Policy" content="${content.replace(/"/g, '&quot;')}">`))}
        ${fix.snippets.map((snippet) => this.renderSnippet(snippet))}
      </details>
    `;
  }

  private renderSnippet(snippet: FixSnippet) {
    return html`<div part="snippet" data-server=${snippet.server}>
      <h4>${snippet.label}</h4>
      ${this.renderCopyable(snippet.server, snippet.label, snippet.code)}
    </div>`;
  }

  private renderCopyable(id: string, label: string, code: string) {
    return html`
      <pre><code>${code}</code></pre>
      <button type="button" part="copy-button" data-copy=${id}
        aria-label=${this.t('diagnostics.copyLabel', { server: label })}
        @click=${() => this.copy(code)}>${this.t('diagnostics.copy')}</button>
    `;
  }

  private renderCors() {
    return html`
      <section id="cors" part="cors" aria-labelledby="cors-title">
        <h3 id="cors-title" tabindex="-1">${this.t('diagnostics.cors.title')}</h3>
        <p>${this.t('diagnostics.cors.body')}</p>
        <ol>
          <li>${this.t('diagnostics.cors.step1')}</li>
          <li>${this.t('diagnostics.cors.step2')}</li>
          <li>${this.t('diagnostics.cors.step3')}</li>
        </ol>
      </section>
    `;
  }

  /** Brings the CORS section into view and moves focus to its heading. */
  private showCors = (): void => {
    const heading = this.shadowRoot?.getElementById('cors-title');
    heading?.scrollIntoView?.({ block: 'nearest' });
    heading?.focus();
  };

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announcer.announce(this.t('diagnostics.copied'));
    } catch {
      this.announcer.announce(this.t('diagnostics.copyFailed'));
    }
  }
}
