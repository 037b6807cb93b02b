import { css } from 'lit';
import { formStyles } from '../../core/form-styles.js';

/**
 * Styles of `<pay-mbway>`: the shared form styles, then the +351 prefix, the waiting panel with
 * its countdown and the success notice, through the same `--pay-*` properties as every form.
 */
export const mbwayStyles = [formStyles, css`
  :host {
    display: grid;
    gap: var(--pay-spacing, 0.75rem);
  }

  p {
    margin: 0;
  }

  .phone {
    display: flex;
    align-items: stretch;
    gap: 0.5rem;
  }

  .prefix {
    display: inline-flex;
    align-items: center;
    padding: 0 0.5rem;
    font-variant-numeric: tabular-nums;
    color: var(--pay-color-hint, #555);
  }

  .panel {
    display: grid;
    gap: calc(var(--pay-spacing, 0.75rem) / 1.5);
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

  .countdown {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
  }

  .countdown time {
    font-size: var(--pay-countdown-font-size, 1.5rem);
    font-weight: var(--pay-button-font-weight, 600);
    font-variant-numeric: tabular-nums;
  }

  .success {
    border-color: var(--pay-color-success, #1e7b34);
    color: var(--pay-color-success, #1e7b34);
  }
`];
