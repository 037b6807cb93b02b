import type { SibsCardPurchaseRequest } from '../../src/providers/sibs/sibs-schemas.js';

/** What a card purchase does in the sandbox: the test PAN decides. */
export type CardOutcome = 'Success' | 'Declined' | 'Error' | 'challenge';

/** The sandbox's test cards (any other Luhn-valid PAN approves at once). */
export const SIBS_TEST_CARDS: Readonly<Record<string, CardOutcome>> = {
  '4111111111111111': 'Success',
  '5555555555554444': 'Success',
  '4000000000000002': 'Declined',
  '4000000000003220': 'challenge',
  '4000000000000119': 'Error',
};

export function luhnValid(pan: string): boolean {
  let sum = 0;
  for (let i = 0; i < pan.length; i++) {
    let digit = Number(pan[pan.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** True when the card's expiry month (from `validationDate`) is over. */
function expired(validationDate: string, now = new Date()): boolean {
  const expiry = new Date(validationDate);
  const expiryMonth = expiry.getUTCFullYear() * 12 + expiry.getUTCMonth();
  return expiryMonth < now.getUTCFullYear() * 12 + now.getUTCMonth();
}

/** The outcome of a purchase with this card; an expired card is declined, whatever its number. */
export function cardOutcome(cardInfo: SibsCardPurchaseRequest['cardInfo']): CardOutcome {
  if (expired(cardInfo.validationDate)) return 'Declined';
  return SIBS_TEST_CARDS[cardInfo.PAN] ?? 'Success';
}
