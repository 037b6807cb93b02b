import { defineElement } from '../../core/pay-element.js';
import { PayVoucherChoice } from './voucher-choice.js';

export { PayVoucherChoice } from './voucher-choice.js';

defineElement('pay-voucher-choice', PayVoucherChoice);

declare global {
  interface HTMLElementTagNameMap {
    'pay-voucher-choice': PayVoucherChoice;
  }
}
