import { css } from 'lit';

/**
 * Styles of `<pay-glomo-checkout>` beside the shared Pay button (core/pay-button-styles.ts): the notice under it. Every colour, size
 * and font comes through the same `--pay-*` custom properties as the forms.
 */
export const glomoCheckoutStyles = css`
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
  }

  .notice {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    max-width: var(--pay-notice-max-width, 36rem);
    padding: var(--pay-spacing, 0.75rem);
    color: var(--pay-color-error, #b3261e);
    background: var(--pay-color-panel-background, #f6f7f9);
    border-radius: var(--pay-radius, 6px);
  }

  .notice p {
    margin: 0;
  }
`;
