import { html, nothing } from 'lit';
import type { MessageKey, Translator } from '../../core/messages.js';
import type { CardBrand, CardField, CardFieldError } from '../../core/types.js';
import type { CardFieldsView } from './card-field.js';
import { cardFormMessages } from './card-form.messages.js';

/**
 * What `<pay-card-form>` says, from its catalog in the element's locale (`t`): a field's error
 * for an error code, and the words around the fields for the brand detected and the brands
 * accepted.
 */
export function cardErrorMessage(t: Translator, brand: CardBrand | null, cvvLength: number, field: CardField, code: CardFieldError): string {
  // Refused on its prefix before the brand is known ("3" when only Visa is accepted): no name to give.
  const key = (code === 'brand_not_accepted' && !brand ? 'card.error.number.brand_not_accepted.unknown' : `card.error.${field}.${code}`) as MessageKey;
  // While the brand is unknown a 3-digit code is the shortest that may be right.
  const params = { brand: brand ? t(`brand.${brand}`) : '', length: brand ? cvvLength : 3 };
  // A code without a message of its own for this field falls back to the field's generic "invalid".
  return t(key in cardFormMessages ? key : (`card.error.${field}.invalid` as MessageKey), params);
}

/** The card fields' labels, hints and brand mark names for `brand` (null: unknown) and the `accepted` brands (null: any). */
export function cardFieldWords(t: Translator, brand: CardBrand | null, accepted: readonly CardBrand[] | null):
  Pick<CardFieldsView, 'labels' | 'numberDescribedBy' | 'brandLabel' | 'brandName' | 'acceptedHint' | 'expiryPlaceholder' | 'cvvHint'> {
  const brandName = brand ? t(`brand.${brand}`) : '';
  return {
    labels: { number: t('card.number.label'), expiry: t('card.expiry.label'), cvv: t('card.cvv.label'), holderName: t('card.holderName.label') },
    numberDescribedBy: [brand && 'brand', accepted?.length && 'accepted'].filter(Boolean).join(' '),
    brandName,
    brandLabel: brand ? t('card.brand.detected', { brand: brandName }) : t('card.brand.unknown'),
    acceptedHint: accepted?.length
      ? html`<div id="accepted" part="hint" class="accepted">${t('card.accepted', { brands: accepted.map((each) => t(`brand.${each}`)).join(', ') })}</div>`
      : nothing,
    expiryPlaceholder: t('card.expiry.placeholder'),
    cvvHint: t(brand === 'amex' ? 'card.cvv.hint.amex' : 'card.cvv.hint'),
  };
}
