import { defineElement } from '../../core/pay-element.js';
import type { DiagnosticReport } from '../../diagnostics/diagnose.js';
import { PayDiagnostics } from './diagnostics.js';

export { PayDiagnostics };

defineElement('pay-diagnostics', PayDiagnostics);

declare global {
  interface HTMLElementTagNameMap {
    'pay-diagnostics': PayDiagnostics;
  }
  interface HTMLElementEventMap {
    'pay-diagnostics-report': CustomEvent<DiagnosticReport>;
  }
}
