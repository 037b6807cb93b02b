import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Norwegian Bokmål. */
export default {
  'mbway.phone.label': 'Telefonnummer for MB WAY',
  'mbway.phone.hint': 'Det portugisiske mobilnummeret som er knyttet til MB WAY-appen din, f.eks. 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'Betal med MB WAY',
  'mbway.pending': 'Sender forespørselen til telefonen din…',
  'mbway.error.phone.required': 'Skriv inn telefonnummeret ditt for MB WAY.',
  'mbway.error.phone.invalid_characters': 'Et telefonnummer består bare av sifre, mellomrom og en innledende +.',
  'mbway.error.phone.country': 'MB WAY krever et portugisisk mobilnummer (+351).',
  'mbway.error.phone.not_mobile': 'Et portugisisk mobilnummer starter med 9.',
  'mbway.error.phone.too_short': 'Et portugisisk mobilnummer har 9 sifre.',
  'mbway.error.phone.too_long': 'Et portugisisk mobilnummer har 9 sifre; dette har flere.',
  'mbway.waiting.title': 'Godkjenn betalingen i MB WAY-appen',
  'mbway.waiting.body':
    'Vi har sendt en betalingsforespørsel til {phone}. Åpne MB WAY-appen på den telefonen og godkjenn den.',
  'mbway.waiting.time': 'Tid igjen til å godkjenne:',
  'mbway.waiting.announce': 'Betalingsforespørsel sendt til {phone}. Godkjenn den i MB WAY-appen innen {time}.',
  'mbway.countdown.left': '{time} igjen til å godkjenne betalingen.',
  'mbway.checking': 'Sjekker om betalingen er godkjent…',
  'mbway.succeeded': 'Betalingen er godkjent. Takk!',
  'mbway.refused': 'Betalingen ble avvist i MB WAY-appen. Du kan sende en ny forespørsel.',
  'mbway.expired': 'Betalingsforespørselen utløp før den ble godkjent. Du kan sende en ny forespørsel.',
  'mbway.failed': 'Betalingen kunne ikke fullføres ({reason}). Du kan sende en ny forespørsel.',
  'mbway.retry': 'Betalingsforespørselen kunne ikke sendes. Prøv igjen.',
  'mbway.config.paymentUrl':
    '<pay-mbway> trenger payment-url: butikkens endepunkt som starter betalingen (en http(s)-URL).',
  'mbway.config.statusUrl':
    '<pay-mbway> trenger status-url: en http(s)-URL-mal på butikkens server som inneholder {paymentId}.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" er ikke et antall sekunder mellom 1 og 3600.',
} satisfies Catalog<typeof mbwayMessages>;
