import { defineElement } from '../../core/pay-element.js';
import '../card-form/pay-card-form.js';
import { PayCardPayment } from './card-payment.js';

export { PayCardPayment } from './card-payment.js';
export type { CardPaymentRedirect, CardPaymentProvider } from './card-payment-config.js';

defineElement('pay-card-payment', PayCardPayment);

declare global {
  interface HTMLElementTagNameMap {
    'pay-card-payment': PayCardPayment;
  }
}
