import { defineElement } from '../../core/pay-element.js';
import { PayPayglocalCheckout } from './payglocal-checkout.js';

export { PayPayglocalCheckout } from './payglocal-checkout.js';
export { PAYGLOCAL_HOSTS } from './payglocal-checkout-config.js';

defineElement('pay-payglocal-checkout', PayPayglocalCheckout);

declare global {
  interface HTMLElementTagNameMap {
    'pay-payglocal-checkout': PayPayglocalCheckout;
  }
}
