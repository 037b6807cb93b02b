import { css } from 'lit';
import { formStyles } from '../../core/form-styles.js';

/**
 * Styles of `<pay-multibanco>`: the shared form styles (font, buttons, spinner), then the
 * reference's details with their copy buttons and the progress panel, through the same `--pay-*`
 * properties as every element.
 */
export const multibancoStyles = [formStyles, css`
  :host {
    display: grid;
    gap: calc(var(--pay-spacing, 0.75rem) * 1.5);
  }

  p {
    margin: 0;
  }

  .start,
  .panel {
    display: grid;
    gap: calc(var(--pay-spacing, 0.75rem) / 1.5);
  }

  .panel {
    padding: var(--pay-spacing, 0.75rem);
    background: var(--pay-color-panel-background, #f6f7f9);
    border: var(--pay-border-width, 1px) solid var(--pay-color-border, #767676);
    border-radius: var(--pay-radius, 6px);
  }

  .panel:focus-visible {
    outline: none;
    box-shadow: 0 0 0 var(--pay-focus-ring-width, 3px) var(--pay-focus-ring-color, rgb(10 88 202 / 0.35));
  }

  .title {
    font-weight: var(--pay-button-font-weight, 600);
  }

  .message {
    color: var(--pay-color-error, #b3261e);
  }

  .primary {
    min-height: 2.75rem;
    padding: var(--pay-button-padding, 0.75rem 1rem);
    color: var(--pay-color-button-text, #fff);
    background: var(--pay-color-primary, #0a58ca);
    border: none;
  }

  .primary:hover:not(:disabled) {
    background: var(--pay-color-primary-hover, #084298);
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
    user-select: all;
  }

  .detail--entity .value,
  .detail--reference .value {
    font-size: var(--pay-reference-font-size, 1.25rem);
    font-weight: var(--pay-button-font-weight, 600);
    letter-spacing: 0.02em;
  }

  :host(:dir(rtl)) [dir='ltr'] {
    text-align: right;
  }

  .copy,
  .secondary {
    flex: none;
    min-height: 2rem;
    min-width: 4.5rem;
    padding: 0.25rem 0.75rem;
    font-size: var(--pay-hint-font-size, 0.8125rem);
    color: var(--pay-color-primary, #0a58ca);
    background: var(--pay-color-input-background, #fff);
    border: var(--pay-border-width, 1px) solid currentColor;
  }

  .secondary {
    justify-self: start;
  }

  .watching {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    color: var(--pay-color-hint, #555);
  }

  .success {
    border-color: var(--pay-color-success, #1e7b34);
    color: var(--pay-color-success, #1e7b34);
  }

  /* Forced colours drop the primary button's background: a border shows where it is. */
  @media (forced-colors: active) {
    .primary {
      border: 1px solid ButtonText;
    }
  }
`];
