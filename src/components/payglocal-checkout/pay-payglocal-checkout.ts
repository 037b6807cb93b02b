import { defineElement } from '../../core/pay-element.js';
import { PayPayGlocalCheckout } from './payglocal-checkout.js';

export { PayPayGlocalCheckout } from './payglocal-checkout.js';
export { PAYGLOCAL_HOSTS } from './payglocal-checkout-config.js';

defineElement('pay-payglocal-checkout', PayPayGlocalCheckout);

declare global {
  interface HTMLElementTagNameMap {
    'pay-payglocal-checkout': PayPayGlocalCheckout;
  }
}
