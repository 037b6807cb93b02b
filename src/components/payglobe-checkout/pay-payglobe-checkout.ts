import { defineElement } from '../../core/pay-element.js';
import { PayPayglobeCheckout } from './payglobe-checkout.js';

export { PayPayglobeCheckout } from './payglobe-checkout.js';
export { PAYGLOBE_SCRIPT_URL } from './payglobe-checkout-config.js';
export type { PayGlobeCheckoutMode } from './payglobe-checkout-config.js';

defineElement('pay-payglobe-checkout', PayPayglobeCheckout);

declare global {
  interface HTMLElementTagNameMap {
    'pay-payglobe-checkout': PayPayglobeCheckout;
  }
}
