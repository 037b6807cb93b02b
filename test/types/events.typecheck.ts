/**
 * Compile-time contract of the event map: `npm test` runs `tsc --noEmit`, so each
 * `@ts-expect-error` below must be an error or the build fails. Never executed.
 */
import type { PaymentResult } from '../../src/core/types.js';

export function eventMapContract(el: HTMLElement): void {
  el.addEventListener('pay-card-submit', (e) => {
    const digits: string = e.detail.card.number;
    const month: string = e.detail.card.expiry_month;
    const last4: string = e.detail.last4;
    void digits; void month; void last4;
    // @ts-expect-error — the Glomo card object has no `pan` field
    void e.detail.card.pan;
  });
  el.addEventListener('pay-card-change', (e) => {
    const complete: boolean = e.detail.complete;
    void complete;
    // @ts-expect-error — pay-card-change never carries the card number
    void e.detail.number;
  });
  el.addEventListener('pay-success', (e) => {
    const result: PaymentResult = e.detail;
    // @ts-expect-error — status is a PaymentStatus, not any string
    const wrong: 'paid' = result.status;
    void wrong;
  });
  el.addEventListener('pay-redirect', (e) => {
    const target: 'same-tab' | 'new-tab' | 'iframe' = e.detail.target;
    void target;
    e.preventDefault();
  });
  el.addEventListener('pay-voucher-submit', (e) => {
    // @ts-expect-error — amounts are Money objects, not numbers
    const n: number = e.detail.card;
    void n;
  });
  el.addEventListener('pay-error', (e) => {
    const code: string = e.detail.code;
    void code;
  });
  // @ts-expect-error — a misspelt event name gets a plain Event, whose detail does not exist
  el.addEventListener('pay-sucess', (e) => void e.detail);
  window.addEventListener('pay-cancel', (e) => void e.detail.reason);
}
