import { defineElement } from '../../core/pay-element.js';
import { PayMultibanco } from './multibanco.js';

export { PayMultibanco } from './multibanco.js';
export { groupReference } from './reference-format.js';

defineElement('pay-multibanco', PayMultibanco);

declare global {
  interface HTMLElementTagNameMap {
    'pay-multibanco': PayMultibanco;
  }
}
