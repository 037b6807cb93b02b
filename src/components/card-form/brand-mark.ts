import { css, html, svg, unsafeCSS, type TemplateResult } from 'lit';
import type { CardBrand } from '../../core/types.js';

/**
 * Brand colours of the marks: a hint of each brand, not its logo (no trademarked artwork
 * shipped), darkened where needed so white text keeps a 4.5:1 contrast.
 */
const BRAND_COLORS: Record<CardBrand, string> = {
  visa: '#1a1f71',
  mastercard: '#c4001a',
  amex: '#1f5f9e',
  discover: '#a84300',
  diners: '#00609a',
  jcb: '#0b7a3e',
  unionpay: '#d10429',
  maestro: '#0066a1',
  rupay: '#097a44',
  mir: '#0f754e',
  elo: '#000000',
  hipercard: '#b3131b',
};

/** The generic card outline shown until the prefix decides a brand. */
const genericCard = svg`<rect x="1" y="1" width="30" height="20" rx="3" fill="none" stroke="currentColor" stroke-width="1.5"/>
  <rect x="1" y="6" width="30" height="3.5" fill="currentColor"/>`;

/**
 * A small labelled brand mark: `role="img"` with an accessible name from the catalog. The
 * visible text is the catalog's brand name, hidden from assistive technology because the
 * label already says it.
 */
export function brandMark(id: string, brand: CardBrand | null, label: string, brandName: string): TemplateResult {
  if (!brand) {
    return html`<span id=${id} part="brand" class="brand-mark brand-mark--unknown" role="img" aria-label=${label}>
      <svg viewBox="0 0 32 22" width="32" height="22" aria-hidden="true" focusable="false">${genericCard}</svg>
    </span>`;
  }
  return html`<span
    id=${id}
    part="brand"
    class="brand-mark brand-mark--${brand}"
    role="img"
    aria-label=${label}
    ><span aria-hidden="true">${brandName}</span></span
  >`;
}

export const brandMarkStyles = css`
  .brand-mark {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2rem;
    height: 1.375rem;
    padding: 0 0.25rem;
    box-sizing: border-box;
    border-radius: 3px;
    font-size: 0.625rem;
    font-weight: 700;
    line-height: 1;
    white-space: nowrap;
    color: var(--pay-brand-text-color, #fff);
    background: var(--pay-brand-color, var(--_pay-brand-default, #333));
  }

  ${unsafeCSS(Object.entries(BRAND_COLORS).map(([brand, color]) => `.brand-mark--${brand}{--_pay-brand-default:${color}}`).join(''))}

  .brand-mark--unknown {
    color: var(--pay-color-hint, #555);
    background: none;
    padding: 0;
  }
`;
