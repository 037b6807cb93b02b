import { css } from 'lit';
import { formStyles } from '../../core/form-styles.js';

/**
 * Styles of `<pay-voucher-choice>`: the shared form styles (the amount is a `.field`), then the
 * options of the radio group, with a few `--pay-*` properties of their own.
 */
export const voucherChoiceStyles = [formStyles, css`
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
  .option > .field {
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

  /* The label chooses its radio: together at least 24 px high (WCAG 2.2 target size). */
  .option > label {
    display: flex;
    align-items: center;
    min-height: 1.5rem;
  }

  /* The amount reads left to right (dir="ltr"), aligned to the page's start. */
  :host(:dir(rtl)) input[dir='ltr'] {
    text-align: right;
  }

  /* Forced colours make every border alike: the chosen option's is thicker, in Highlight. */
  @media (forced-colors: active) {
    .option:has(:checked) {
      border: 2px solid Highlight;
    }

    input[type='radio']:focus-visible {
      outline: 2px solid Highlight;
      outline-offset: 2px;
    }
  }

  /* The amount's label reads as part of its option, not as a field title. */
  .field label {
    font-weight: inherit;
  }

  .field input {
    max-width: 14rem;
  }

  .breakdown {
    font-variant-numeric: tabular-nums;
  }
`];
