/** Registers every pay-elements element. Import once: `import 'pay-elements/define'`. */
import './diagnostics/violations.js';
import './components/card-form/pay-card-form.js';
import './components/diagnostics/pay-diagnostics.js';

export * from './index.js';
