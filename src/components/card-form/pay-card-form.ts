import { defineElement } from '../../core/pay-element.js';
import { PayCardForm } from './card-form.js';

export { PayCardForm } from './card-form.js';

defineElement('pay-card-form', PayCardForm);

declare global {
  interface HTMLElementTagNameMap {
    'pay-card-form': PayCardForm;
  }
}
