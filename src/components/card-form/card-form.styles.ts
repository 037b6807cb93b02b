import { css } from 'lit';
import { formStyles } from '../../core/form-styles.js';

/**
 * Styles of `<pay-card-form>`: the shared form styles, then what only the card form has (two
 * columns, the brand mark beside the number, digits left to right on a right-to-left page).
 * Every colour, size and font comes through a `--pay-*` custom property.
 */
export const cardFormStyles = [formStyles, css`
  form {
    grid-template-columns: 1fr 1fr;
  }

  .field--number,
  .field--holder,
  .submit-error,
  form > button {
    grid-column: 1 / -1;
  }

  .control {
    position: relative;
    display: flex;
    align-items: center;
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

  /* Important: a merchant's ::part(field) display rule must not show the hidden name field. */
  .field[hidden] {
    display: none !important;
  }

  .brand {
    position: absolute;
    inset-inline-end: 0.5rem;
    pointer-events: none;
  }

  /* No error, no box: an empty error takes no room (nor layout work in every form). It is
     filled, and shown, when the field has an error. */
  .error:empty {
    display: none;
  }

  .accepted {
    font-size: var(--pay-hint-font-size, 0.8125rem);
    color: var(--pay-color-hint, #555);
  }
`];
