import { css } from 'lit';
import { payButtonStyles } from '../../core/pay-button-styles.js';

/**
 * Styles of `<pay-payglocal-checkout>`: the shared Pay button (core/pay-button-styles.ts, with its
 * reduced-motion and forced-colours rules), then the notice under it, themed through `--pay-*`.
 */
export const payglocalCheckoutStyles = [payButtonStyles, css`
  :host {
    display: inline-block;
    font-family: var(--pay-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--pay-font-size, 1rem);
    color: var(--pay-color-text, #1a1a1a);
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    display: grid;
    gap: var(--pay-spacing, 0.75rem);
    justify-items: start;
  }

  .notice {
    max-width: var(--pay-notice-max-width, 36rem);
    margin: 0;
    padding: var(--pay-spacing, 0.75rem);
    color: var(--pay-color-error, #b3261e);
    background: var(--pay-color-panel-background, #f6f7f9);
    border-radius: var(--pay-radius, 6px);
  }
`];
