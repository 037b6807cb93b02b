import { css } from 'lit';

/**
 * Styles of `<pay-payglobe-checkout>` beside the shared Pay button (core/pay-button-styles.ts): the checkout area (the slotted light-DOM
 * container payglobe.js puts its iframe in) and the status line. Same `--pay-*` custom
 * properties as `<pay-glomo-checkout>`.
 */
export const payglobeCheckoutStyles = css`
  :host {
    display: block;
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

  .checkout {
    justify-self: stretch;
  }

  .checkout[hidden] {
    display: none;
  }

  ::slotted([slot='checkout']) {
    display: block;
    width: 100%;
    min-height: var(--pay-checkout-height, 36rem);
    border: 1px solid var(--pay-color-border, #c4c8cf);
    border-radius: var(--pay-radius, 6px);
    overflow: hidden;
  }

  /* While focus is in the checkout's page (flows/frame-focus.ts marks the box): no :focus matches a frame then. */
  ::slotted([slot='checkout'][data-focused]) {
    outline: var(--pay-focus-ring-width, 2px) solid var(--pay-focus-ring-color, #1a56db);
    outline-offset: 2px;
  }

  .status {
    margin: 0;
    max-width: var(--pay-notice-max-width, 36rem);
  }

  .status:focus {
    outline: none;
  }

  /* Focus lands here when the checkout closes: a keyboard user sees where it went. */
  .status:focus-visible {
    outline: var(--pay-focus-ring-width, 2px) solid var(--pay-focus-ring-color, #1a56db);
    outline-offset: 2px;
  }

  .status.failed,
  .status.error {
    padding: var(--pay-spacing, 0.75rem);
    color: var(--pay-color-error, #b3261e);
    background: var(--pay-color-panel-background, #f6f7f9);
    border-radius: var(--pay-radius, 6px);
  }

  .status.succeeded {
    color: var(--pay-color-success, #146c2e);
  }
`;
