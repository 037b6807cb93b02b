import { css } from 'lit';

export const diagnosticsStyles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--pay-diagnostics-color, inherit);
    --_pass: var(--pay-diagnostics-pass-color, #116329);
    --_fail: var(--pay-diagnostics-fail-color, #a40e26);
    --_warn: var(--pay-diagnostics-warn-color, #7a4d00);
    --_unknown: var(--pay-diagnostics-unknown-color, #444c56);
  }
  [part~='base'] {
    border: 1px solid var(--pay-diagnostics-border-color, #d0d7de);
    border-radius: var(--pay-diagnostics-radius, 8px);
    padding: var(--pay-diagnostics-padding, 1rem);
    background: var(--pay-diagnostics-background, transparent);
  }
  h2 { font-size: 1.15em; margin: 0 0 0.5rem; }
  h3 { font-size: 1em; margin: 0.75rem 0 0.25rem; }
  h4 { font-size: 0.95em; margin: 0.5rem 0 0.25rem; }
  ul[part~='list'] { list-style: none; margin: 0; padding: 0; }
  li[part~='check'] { padding: 0.5rem 0; border-top: 1px solid var(--pay-diagnostics-border-color, #d0d7de); }
  [part~='status'] {
    display: inline-block; min-width: 5.5em; font-weight: 600; margin-inline-end: 0.5rem;
  }
  [data-status='pass'] [part~='status'] { color: var(--_pass); }
  [data-status='fail'] [part~='status'] { color: var(--_fail); }
  [data-status='warn'] [part~='status'] { color: var(--_warn); }
  [data-status='unknown'] [part~='status'] { color: var(--_unknown); }
  pre {
    white-space: pre-wrap; word-break: break-all; margin: 0.25rem 0;
    padding: 0.5rem; border-radius: 4px;
    background: var(--pay-diagnostics-code-background, #f6f8fa);
    color: var(--pay-diagnostics-code-color, #1f2328);
    font-family: var(--pay-diagnostics-code-font, ui-monospace, monospace);
    font-size: 0.85em;
  }
  /* Headers and policies are code: left to right on every page. */
  pre { direction: ltr; text-align: left; }
  /* Every control at least 24 × 24 px (WCAG 2.2 target size). */
  button[part~='copy-button'] { font: inherit; cursor: pointer; min-height: 1.5rem; min-width: 1.5rem; }
  summary { min-height: 1.5rem; line-height: 1.5rem; cursor: pointer; }
  button[part~='cors-link'] {
    display: block; min-height: 1.5rem; margin-top: 0.25rem; padding: 0; border: 0; background: none;
    font: inherit; color: var(--pay-diagnostics-focus-color, #0969da); text-decoration: underline; cursor: pointer;
  }
  #cors-title:focus { outline: none; }
  #cors-title:focus-visible { outline: 2px solid var(--pay-diagnostics-focus-color, #0969da); outline-offset: 2px; }
  button[part~='copy-button']:focus-visible, button[part~='cors-link']:focus-visible, summary:focus-visible {
    outline: 2px solid var(--pay-diagnostics-focus-color, #0969da); outline-offset: 2px;
  }
`;
