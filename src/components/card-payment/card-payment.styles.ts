import { css } from 'lit';

/**
 * Styles of `<pay-card-payment>`: the composed card form keeps its own look; this adds the
 * waiting and success notices (through the card form's `--pay-*` properties). The iframe
 * modal brings its own stylesheet (`src/flows/iframe-modal.styles.ts`).
 */
export const cardPaymentStyles = css`
  :host {
    display: grid;
    gap: var(--pay-spacing, 0.75rem);
    font-family: var(--pay-font-family, inherit);
    font-size: var(--pay-font-size, 1rem);
    color: var(--pay-color-text, inherit);
  }

  :host([hidden]) {
    display: none;
  }

  .notice {
    margin: 0;
    padding: var(--pay-spacing, 0.75rem);
    background: var(--pay-color-panel-background, #f6f7f9);
    border: var(--pay-border-width, 1px) solid var(--pay-color-border, #767676);
    border-radius: var(--pay-radius, 6px);
  }

  .success {
    border-color: var(--pay-color-success, #1e7b34);
    color: var(--pay-color-success, #1e7b34);
  }

  .success:focus-visible {
    outline: var(--pay-focus-ring-width, 2px) solid var(--pay-focus-ring-color, #1a56db);
    outline-offset: 2px;
  }
`;
