import { css } from 'lit';

/**
 * The primary Pay button of the checkout elements (`<pay-glomo-checkout>`,
 * `<pay-payglobe-checkout>`) with its spinner: one look, themed through the same `--pay-*`
 * custom properties as the forms.
 */
export const payButtonStyles = css`
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

  /* Reduced motion: the spinner stands still (the label says the button is busy). */
  @media (prefers-reduced-motion: reduce) {
    .spinner { animation: none; }
  }

  /* Forced colours drop the background and the shadow ring: a border and an outline instead. */
  @media (forced-colors: active) {
    button { border: 1px solid ButtonText; }
    button:focus-visible { outline: 2px solid Highlight; }
    button[aria-disabled='true'] { color: GrayText; border-color: GrayText; }
    .spinner { forced-color-adjust: none; }
  }
`;
