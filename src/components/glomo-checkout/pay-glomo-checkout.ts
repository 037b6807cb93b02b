import { defineElement } from '../../core/pay-element.js';
import { PayGlomoCheckout } from './glomo-checkout.js';

export { PayGlomoCheckout } from './glomo-checkout.js';
export { GLOMO_CHECKOUT_SDK_URL } from './glomo-checkout-config.js';
export type { GlomoCheckoutMode } from './glomo-checkout-config.js';

defineElement('pay-glomo-checkout', PayGlomoCheckout);

declare global {
  interface HTMLElementTagNameMap {
    'pay-glomo-checkout': PayGlomoCheckout;
  }
}
