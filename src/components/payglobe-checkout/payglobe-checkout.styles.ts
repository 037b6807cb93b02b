import { css } from 'lit';

/**
 * Styles of `<pay-payglobe-checkout>`: the Pay button, the checkout area (the slotted light-DOM
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

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: var(--pay-button-padding, 0.75rem 1rem);
    font: inherit;
    font-weight: var(--pay-button-font-weight, 600);
    color: var(--pay-color-button-text, #fff);
    background: var(--pay-color-primary, #0a58ca);
    border: none;
    border-radius: var(--pay-radius, 6px);
    cursor: pointer;
  }

  button:hover:not([aria-disabled='true']) {
    background: var(--pay-color-primary-hover, #084298);
  }

  button:focus-visible {
    outline: none;
    box-shadow: 0 0 0 var(--pay-focus-ring-width, 3px) var(--pay-focus-ring-color, rgb(10 88 202 / 0.35));
  }

  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: var(--pay-disabled-opacity, 0.65);
  }

  .spinner {
    box-sizing: border-box;
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }

  @keyframes spin {
    to { transform: rotate(360deg); }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner { animation-duration: 2.4s; }
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

  .status {
    margin: 0;
    max-width: var(--pay-notice-max-width, 36rem);
  }

  .status:focus {
    outline: none;
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
