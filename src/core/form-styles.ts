import { css } from 'lit';

/**
 * What every pay form looks like, once for all of them: the host's font, the form grid, a
 * `.field` (label, text input, `.hint`, `.error`), `.submit-error`, the primary button (a
 * `<button>` directly in the `<form>`) with its `.spinner`. Every colour, size and font comes
 * through the card form's `--pay-*` custom properties, so one theme styles every form.
 * A form's own styles come after these and keep only what is its own.
 *
 * Radio buttons and secondary buttons are the form's own: the input rules apply only inside a
 * `.field`, and the primary colours only to a button that is a child of the `<form>`.
 */
export const formStyles = css`
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

  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--pay-spacing, 0.75rem) / 3);
    min-width: 0;
  }

  .field label {
    font-size: var(--pay-label-font-size, 0.875rem);
    font-weight: var(--pay-label-font-weight, 500);
    color: var(--pay-color-label, inherit);
  }

  .field input {
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

  .field input::placeholder {
    color: var(--pay-color-placeholder, #6b6b6b);
  }

  .field input:focus {
    border-color: var(--pay-color-focus, #0a58ca);
    box-shadow: 0 0 0 var(--pay-focus-ring-width, 3px) var(--pay-focus-ring-color, rgb(10 88 202 / 0.35));
  }

  .field input[aria-invalid='true'] {
    border-color: var(--pay-color-error, #b3261e);
  }

  .field input[aria-invalid='true']:focus {
    box-shadow: 0 0 0 var(--pay-focus-ring-width, 3px) var(--pay-error-ring-color, rgb(179 38 30 / 0.3));
  }

  .field input:disabled {
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

  form > button {
    min-height: 2.75rem;
    padding: var(--pay-button-padding, 0.75rem 1rem);
    color: var(--pay-color-button-text, #fff);
    background: var(--pay-color-primary, #0a58ca);
    border: none;
  }

  form > button:hover:not(:disabled) {
    background: var(--pay-color-primary-hover, #084298);
  }

  button:focus-visible {
    outline: none;
    box-shadow: 0 0 0 var(--pay-focus-ring-width, 3px) var(--pay-focus-ring-color, rgb(10 88 202 / 0.35));
  }

  button:disabled,
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
    animation: pay-spin 0.8s linear infinite;
  }

  @keyframes pay-spin {
    to {
      transform: rotate(360deg);
    }
  }

  /* Reduced motion: nothing moves. The busy state is also said in words (the button's label). */
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }

    .field input {
      transition: none;
    }
  }

  /* Forced colours (Windows high contrast) drop box-shadows and backgrounds: focus rings become
     outlines, buttons get a border, an error border another line style, disabled text GrayText. */
  @media (forced-colors: active) {
    .field input:focus,
    button:focus-visible,
    [tabindex='-1']:focus-visible {
      outline: 2px solid Highlight;
    }

    .field input[aria-invalid='true'] {
      border-style: dashed;
    }

    form > button {
      border: 1px solid ButtonText;
    }

    :disabled,
    .field input:disabled,
    [aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }

    /* Keep the spinner's open side (a forced border colour would close the ring). */
    .spinner {
      forced-color-adjust: none;
    }
  }
`;
