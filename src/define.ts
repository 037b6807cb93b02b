/** Registers every pay-elements element. Import once: `import 'pay-elements/define'`. */
import './diagnostics/violation-log.js';
import './components/card-form/pay-card-form.js';
import './components/voucher-choice/pay-voucher-choice.js';
import './components/bank-transfer/pay-bank-transfer.js';
import './components/glomo-checkout/pay-glomo-checkout.js';
import './components/card-payment/pay-card-payment.js';
import './components/mbway/pay-mbway.js';
import './components/multibanco/pay-multibanco.js';
import './components/payglobe-checkout/pay-payglobe-checkout.js';
import './components/payglocal-checkout/pay-payglocal-checkout.js';
import './components/diagnostics/pay-diagnostics.js';

export * from './index.js';
