import { defineElement } from '../../core/pay-element.js';
import { PayDiagnostics } from './diagnostics.js';

export { PayDiagnostics };

defineElement('pay-diagnostics', PayDiagnostics);

// `pay-diagnostics-report` is typed through PayEventDetailMap (src/core/events.ts), like every event.
declare global {
  interface HTMLElementTagNameMap {
    'pay-diagnostics': PayDiagnostics;
  }
}
