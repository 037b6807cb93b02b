import { css, unsafeCSS } from 'lit';
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

/**
 * Styles of the brand mark in the number field (rendered in card-field.ts): `role="img"` with
 * an accessible name from the catalog, `.brand-mark--<brand>` in the brand's colour showing
 * the brand's name (hidden from assistive technology: the label says it), or
 * `.brand-mark--unknown`, a generic card outline, until the prefix decides a brand.
 */
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

  /* The generic card: a 30 × 20 outline with a magnetic stripe, in the hint colour, drawn by
     the mark's own box (no SVG, no pseudo-element to lay out in every form). */
  .brand-mark--unknown {
    min-width: 0;
    width: 30px;
    height: 20px;
    margin: 1px;
    padding: 0;
    color: var(--pay-color-hint, #555);
    border: 1.5px solid currentColor;
    border-radius: 3px;
    background: linear-gradient(currentColor, currentColor) 0 3.5px / 100% 3.5px no-repeat;
  }

  /* Forced colours drop the brand colour: an outline keeps the mark's box. */
  @media (forced-colors: active) {
    .brand-mark { border: 1px solid CanvasText; }
  }
`;
