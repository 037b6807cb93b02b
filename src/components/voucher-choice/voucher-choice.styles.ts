import { css } from 'lit';

/**
 * Styles of `<pay-voucher-choice>`: the card form's `--pay-*` properties wherever they mean
 * the same thing (fonts, colours, inputs, button, errors), plus a few for the options.
 */
export const voucherChoiceStyles = css`
  :host {
    display: block;
    font-family: var(--pay-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--pay-font-size, 1rem);
    color: var(--pay-color-text, #1a1a1a);
  }

  :host([hidden]) {
    display: none;
  }

  form {
    display: grid;
    gap: var(--pay-spacing, 0.75rem);
    margin: 0;
  }

  fieldset {
    display: grid;
    gap: calc(var(--pay-spacing, 0.75rem) / 1.5);
    margin: 0;
    padding: 0;
    border: none;
    min-width: 0;
  }

  legend {
    padding: 0;
    margin-block-end: calc(var(--pay-spacing, 0.75rem) / 1.5);
    font-weight: var(--pay-label-font-weight, 500);
    color: var(--pay-color-label, inherit);
  }

  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.5rem;
    row-gap: calc(var(--pay-spacing, 0.75rem) / 3);
    padding: var(--pay-option-padding, 0.625rem 0.75rem);
    border: var(--pay-border-width, 1px) solid var(--pay-color-option-border, var(--pay-color-border, #767676));
    border-radius: var(--pay-radius, 6px);
  }

  .option:has(:checked) {
    border-color: var(--pay-color-focus, #0a58ca);
  }

  .option > .reason,
  .option > .amount-field {
    grid-column: 2;
  }

  input[type='radio'] {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--pay-color-primary, #0a58ca);
  }

  input[type='radio']:focus-visible {
    outline: none;
    box-shadow: 0 0 0 var(--pay-focus-ring-width, 3px) var(--pay-focus-ring-color, rgb(10 88 202 / 0.35));
  }

  .amount-field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--pay-spacing, 0.75rem) / 3);
  }

  .amount-field label {
    font-size: var(--pay-label-font-size, 0.875rem);
    color: var(--pay-color-label, inherit);
  }

  input[type='text'] {
    box-sizing: border-box;
    width: 100%;
    max-width: 14rem;
    min-height: 2.75rem;
    padding: var(--pay-input-padding, 0.625rem 0.75rem);
    font: inherit;
    font-variant-numeric: tabular-nums;
    color: var(--pay-color-input-text, inherit);
    background: var(--pay-color-input-background, #fff);
    border: var(--pay-border-width, 1px) solid var(--pay-color-border, #767676);
    border-radius: var(--pay-radius, 6px);
    outline: none;
  }

  input[type='text']:focus {
    border-color: var(--pay-color-focus, #0a58ca);
    box-shadow: 0 0 0 var(--pay-focus-ring-width, 3px) var(--pay-focus-ring-color, rgb(10 88 202 / 0.35));
  }

  input[type='text'][aria-invalid='true'] {
    border-color: var(--pay-color-error, #b3261e);
  }

  input[type='text']:disabled {
    background: var(--pay-color-disabled-background, #f2f2f2);
    color: var(--pay-color-disabled-text, #595959);
  }

  .hint,
  .reason {
    font-size: var(--pay-hint-font-size, 0.8125rem);
    color: var(--pay-color-hint, #555);
  }

  .breakdown {
    font-variant-numeric: tabular-nums;
  }

  .error,
  .submit-error,
  .config-error {
    font-size: var(--pay-error-font-size, 0.8125rem);
    color: var(--pay-color-error, #b3261e);
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

  button:hover:not(:disabled) {
    background: var(--pay-color-primary-hover, #084298);
  }

  button:focus-visible {
    outline: none;
    box-shadow: 0 0 0 var(--pay-focus-ring-width, 3px) var(--pay-focus-ring-color, rgb(10 88 202 / 0.35));
  }

  button:disabled {
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
    animation: pay-spin 0.8s linear infinite;
  }

  @keyframes pay-spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
`;
