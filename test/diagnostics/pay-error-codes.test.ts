import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { PayErrorCode } from '../../src/core/types.js';
import { PAY_ERROR_CODES } from '../../src/core/types.js';
import type { PayEventDetailMap } from '../../src/core/events.js';
import type { DiagnosticReport } from '../../src/diagnostics/diagnose.js';
import '../../src/components/diagnostics/pay-diagnostics.js';
import { policyPageUrl } from '../support/diagnostics-harness.js';

/**
 * Type-level: this switch must cover every code, or `tsc --noEmit` fails on `never`
 * (the project's typecheck compiles test/). Adding a code without a case breaks the build.
 */
function describeCode(code: PayErrorCode): string {
  switch (code) {
    case 'sdk_load_failed': return 'sdk';
    case 'popup_blocked': return 'popup';
    case 'coop_blocked': return 'coop';
    case 'csp_blocked': return 'csp';
    case 'invalid_response': return 'response';
    case 'network': return 'network';
    case 'timeout': return 'timeout';
    case 'invalid_config': return 'config';
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

// @ts-expect-error: a code outside the union does not compile.
const notACode: PayErrorCode = 'payment_declined';

// The report event is typed through the event map, like every other event.
type ReportDetail = PayEventDetailMap['pay-diagnostics-report'];
const sameType: ReportDetail extends DiagnosticReport ? (DiagnosticReport extends ReportDetail ? true : false) : false = true;

describe('PayErrorCode and the typed event map', () => {
  it('lists every code once, and an exhaustive switch names each', () => {
    expect(new Set(PAY_ERROR_CODES).size).to.equal(PAY_ERROR_CODES.length);
    expect(PAY_ERROR_CODES.map(describeCode)).to.deep.equal(['sdk', 'popup', 'coop', 'csp', 'response', 'network', 'timeout', 'config']);
    expect(PAY_ERROR_CODES).not.to.include(notACode);
    expect(sameType).to.equal(true);
  });

  it('sends pay-diagnostics-report through emit(): bubbling, composed, not cancelable, typed detail', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('pay-diagnostics');
    el.providers = 'payglocal';
    el.url = new URL(policyPageUrl({}), location.href).href;
    const event = oneEvent(host, 'pay-diagnostics-report');
    host.append(el);
    const received = await event;
    expect(received.bubbles).to.equal(true);
    expect(received.composed).to.equal(true);
    expect(received.cancelable).to.equal(false);
    // `detail` is typed DiagnosticReport by HTMLElementEventMap: no cast needed.
    host.addEventListener('pay-diagnostics-report', (e) => e.detail.checks.map((c) => c.status));
    expect(received.detail.checks.map((c: DiagnosticReport['checks'][number]) => c.id)).to.deep.equal(['csp-form-action', 'trusted-types']);
  });
});
