import { css } from 'lit';

/** Styles of `<pay-card-form>`: every colour, size and font comes through a `--pay-*` custom property. */
export const cardFormStyles = css`
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
    grid-template-columns: 1fr 1fr;
    gap: var(--pay-spacing, 0.75rem);
    margin: 0;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--pay-spacing, 0.75rem) / 3);
    min-width: 0;
  }

  .field--number,
  .field--holder {
    grid-column: 1 / -1;
  }

  label {
    font-size: var(--pay-label-font-size, 0.875rem);
    font-weight: var(--pay-label-font-weight, 500);
    color: var(--pay-color-label, inherit);
  }

  .control {
    position: relative;
    display: flex;
    align-items: center;
  }

  input {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    padding: var(--pay-input-padding, 0.625rem 0.75rem);
    font: inherit;
    font-variant-numeric: tabular-nums;
    color: var(--pay-color-input-text, inherit);
    background: var(--pay-color-input-background, #fff);
    border: var(--pay-border-width, 1px) solid var(--pay-color-border, #767676);
    border-radius: var(--pay-radius, 6px);
    outline: none;
    transition: border-color 0.15s, box-shadow 0.15s;
  }

  .field--number input {
    padding-inline-end: 4.75rem;
  }

  /* Digits read left to right on a right-to-left page (dir="ltr" on the inputs), aligned to
     the page's start, with room for the brand mark on the page's end side. */
  :host(:dir(rtl)) input[dir='ltr'] {
    text-align: right;
  }

  :host(:dir(rtl)) .field--number input {
    padding-inline-end: 0.75rem;
    padding-left: 4.75rem;
  }

  input::placeholder {
    color: var(--pay-color-placeholder, #6b6b6b);
  }

  input:focus-visible,
  input:focus {
    border-color: var(--pay-color-focus, #0a58ca);
    box-shadow: 0 0 0 var(--pay-focus-ring-width, 3px) var(--pay-focus-ring-color, rgb(10 88 202 / 0.35));
  }

  input[aria-invalid='true'] {
    border-color: var(--pay-color-error, #b3261e);
  }

  input[aria-invalid='true']:focus {
    box-shadow: 0 0 0 var(--pay-focus-ring-width, 3px) var(--pay-error-ring-color, rgb(179 38 30 / 0.3));
  }

  input:disabled {
    background: var(--pay-color-disabled-background, #f2f2f2);
    color: var(--pay-color-disabled-text, #595959);
    cursor: not-allowed;
  }

  .brand {
    position: absolute;
    inset-inline-end: 0.5rem;
    pointer-events: none;
  }

  .hint,
  .accepted {
    font-size: var(--pay-hint-font-size, 0.8125rem);
    color: var(--pay-color-hint, #555);
  }

  .error {
    font-size: var(--pay-error-font-size, 0.8125rem);
    color: var(--pay-color-error, #b3261e);
    min-height: 0;
  }

  .submit-error {
    grid-column: 1 / -1;
    font-size: var(--pay-error-font-size, 0.8125rem);
    color: var(--pay-color-error, #b3261e);
  }

  button {
    grid-column: 1 / -1;
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
