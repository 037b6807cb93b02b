import { defineElement } from '../../core/pay-element.js';
import { PayMbway } from './mbway.js';

export { PayMbway, MBWAY_DEFAULT_TIMEOUT_S } from './mbway.js';
export { readPhoneNumber, type PhoneReading, type PhoneError } from './phone-number.js';

defineElement('pay-mbway', PayMbway);

declare global {
  interface HTMLElementTagNameMap {
    'pay-mbway': PayMbway;
  }
}
