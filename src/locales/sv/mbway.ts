import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Swedish. */
export default {
  'mbway.phone.label': 'Telefonnummer för MB WAY',
  'mbway.phone.hint': 'Det portugisiska mobilnumret som är kopplat till din MB WAY-app, t.ex. 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'Betala med MB WAY',
  'mbway.pending': 'Skickar begäran till din telefon…',
  'mbway.error.phone.required': 'Ange ditt telefonnummer för MB WAY.',
  'mbway.error.phone.invalid_characters': 'Ett telefonnummer består bara av siffror, mellanslag och ett inledande +.',
  'mbway.error.phone.country': 'MB WAY kräver ett portugisiskt mobilnummer (+351).',
  'mbway.error.phone.not_mobile': 'Ett portugisiskt mobilnummer börjar med 9.',
  'mbway.error.phone.too_short': 'Ett portugisiskt mobilnummer har 9 siffror.',
  'mbway.error.phone.too_long': 'Ett portugisiskt mobilnummer har 9 siffror; det här har fler.',
  'mbway.waiting.title': 'Godkänn betalningen i din MB WAY-app',
  'mbway.waiting.body':
    'Vi har skickat en betalningsbegäran till {phone}. Öppna MB WAY-appen på den telefonen och godkänn den.',
  'mbway.waiting.time': 'Tid kvar att godkänna:',
  'mbway.waiting.announce': 'Betalningsbegäran skickad till {phone}. Godkänn den i MB WAY-appen inom {time}.',
  'mbway.countdown.left': '{time} kvar att godkänna betalningen.',
  'mbway.checking': 'Kontrollerar om betalningen har godkänts…',
  'mbway.succeeded': 'Betalningen har godkänts. Tack!',
  'mbway.refused': 'Betalningen nekades i MB WAY-appen. Du kan skicka en ny begäran.',
  'mbway.expired': 'Betalningsbegäran gick ut innan den godkändes. Du kan skicka en ny begäran.',
  'mbway.failed': 'Betalningen kunde inte genomföras ({reason}). Du kan skicka en ny begäran.',
  'mbway.retry': 'Betalningsbegäran kunde inte skickas. Försök igen.',
  'mbway.config.paymentUrl':
    '<pay-mbway> behöver payment-url: butikens slutpunkt som startar betalningen (en http(s)-URL).',
  'mbway.config.statusUrl':
    '<pay-mbway> behöver status-url: en http(s)-URL-mall på butikens server som innehåller {paymentId}.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" är inte ett antal sekunder mellan 1 och 3600.',
} satisfies Catalog<typeof mbwayMessages>;
