import { css } from 'lit';

/**
 * Styles of `<pay-bank-transfer>`: every colour, size and font comes through a `--pay-*`
 * custom property, with the card form's names where they mean the same thing.
 */
export const bankTransferStyles = css`
  :host {
    display: grid;
    gap: calc(var(--pay-spacing, 0.75rem) * 1.5);
    font-family: var(--pay-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--pay-font-size, 1rem);
    color: var(--pay-color-text, #1a1a1a);
  }

  :host([hidden]) {
    display: none;
  }

  p {
    margin: 0;
  }

  .title {
    font-weight: var(--pay-button-font-weight, 600);
  }

  .details,
  .submitted,
  .unavailable {
    display: grid;
    gap: calc(var(--pay-spacing, 0.75rem) / 1.5);
    padding: var(--pay-spacing, 0.75rem);
    background: var(--pay-color-panel-background, #f6f7f9);
    border: var(--pay-border-width, 1px) solid var(--pay-color-border, #767676);
    border-radius: var(--pay-radius, 6px);
  }

  .unavailable {
    color: var(--pay-color-error, #b3261e);
  }

  .submitted:focus-visible {
    outline: none;
    box-shadow: 0 0 0 var(--pay-focus-ring-width, 3px) var(--pay-focus-ring-color, rgb(10 88 202 / 0.35));
  }

  .intro {
    font-size: var(--pay-hint-font-size, 0.8125rem);
    color: var(--pay-color-hint, #555);
  }

  dl {
    display: grid;
    gap: calc(var(--pay-spacing, 0.75rem) / 2);
    margin: 0;
  }

  .detail {
    display: grid;
    grid-template-columns: minmax(7rem, auto) 1fr;
    align-items: center;
    gap: var(--pay-spacing, 0.75rem);
  }

  dt {
    font-size: var(--pay-label-font-size, 0.875rem);
    font-weight: var(--pay-label-font-weight, 500);
    color: var(--pay-color-label, inherit);
  }

  dd {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin: 0;
    min-width: 0;
  }

  .value {
    overflow-wrap: anywhere;
    font-variant-numeric: tabular-nums;
    /* One click selects the whole value, for copying by hand when the clipboard is refused. */
    user-select: all;
  }

  /* Account numbers and references read left to right, aligned to the page's start. */
  :host(:dir(rtl)) [dir='ltr'] {
    text-align: right;
  }

  form {
    display: grid;
    gap: var(--pay-spacing, 0.75rem);
    margin: 0;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--pay-spacing, 0.75rem) / 3);
    min-width: 0;
  }

  label {
    font-size: var(--pay-label-font-size, 0.875rem);
    font-weight: var(--pay-label-font-weight, 500);
    color: var(--pay-color-label, inherit);
  }

  input {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    padding: var(--pay-input-padding, 0.625rem 0.75rem);
    font: inherit;
    color: var(--pay-color-input-text, inherit);
    background: var(--pay-color-input-background, #fff);
    border: var(--pay-border-width, 1px) solid var(--pay-color-border, #767676);
    border-radius: var(--pay-radius, 6px);
    outline: none;
    transition: border-color 0.15s, box-shadow 0.15s;
  }

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

  .hint {
    font-size: var(--pay-hint-font-size, 0.8125rem);
    color: var(--pay-color-hint, #555);
  }

  .error,
  .submit-error {
    font-size: var(--pay-error-font-size, 0.8125rem);
    color: var(--pay-color-error, #b3261e);
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    font: inherit;
    font-weight: var(--pay-button-font-weight, 600);
    border-radius: var(--pay-radius, 6px);
    cursor: pointer;
  }

  button:focus-visible {
    outline: none;
    box-shadow: 0 0 0 var(--pay-focus-ring-width, 3px) var(--pay-focus-ring-color, rgb(10 88 202 / 0.35));
  }

  button:disabled {
    cursor: not-allowed;
    opacity: var(--pay-disabled-opacity, 0.65);
  }

  .copy {
    flex: none;
    min-height: 2rem;
    min-width: 4.5rem;
    padding: 0.25rem 0.75rem;
    font-size: var(--pay-hint-font-size, 0.8125rem);
    color: var(--pay-color-primary, #0a58ca);
    background: var(--pay-color-input-background, #fff);
    border: var(--pay-border-width, 1px) solid currentColor;
  }

  .submit {
    min-height: 2.75rem;
    padding: var(--pay-button-padding, 0.75rem 1rem);
    color: var(--pay-color-button-text, #fff);
    background: var(--pay-color-primary, #0a58ca);
    border: none;
  }

  .submit:hover:not(:disabled) {
    background: var(--pay-color-primary-hover, #084298);
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
