import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Danish. */
export default {
  'mbway.phone.label': 'Telefonnummer til MB WAY',
  'mbway.phone.hint': 'Det portugisiske mobilnummer, der er knyttet til din MB WAY-app, f.eks. 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'Betal med MB WAY',
  'mbway.pending': 'Sender anmodningen til din telefon…',
  'mbway.error.phone.required': 'Indtast dit telefonnummer til MB WAY.',
  'mbway.error.phone.invalid_characters': 'Et telefonnummer består kun af cifre, mellemrum og et indledende +.',
  'mbway.error.phone.country': 'MB WAY kræver et portugisisk mobilnummer (+351).',
  'mbway.error.phone.not_mobile': 'Et portugisisk mobilnummer starter med 9.',
  'mbway.error.phone.too_short': 'Et portugisisk mobilnummer har 9 cifre.',
  'mbway.error.phone.too_long': 'Et portugisisk mobilnummer har 9 cifre; dette har flere.',
  'mbway.waiting.title': 'Godkend betalingen i din MB WAY-app',
  'mbway.waiting.body':
    'Vi har sendt en betalingsanmodning til {phone}. Åbn MB WAY-appen på den telefon, og godkend den.',
  'mbway.waiting.time': 'Tid tilbage til at godkende:',
  'mbway.waiting.announce': 'Betalingsanmodning sendt til {phone}. Godkend den i MB WAY-appen inden for {time}.',
  'mbway.countdown.left': '{time} tilbage til at godkende betalingen.',
  'mbway.checking': 'Tjekker, om betalingen er godkendt…',
  'mbway.succeeded': 'Betalingen er godkendt. Tak!',
  'mbway.refused': 'Betalingen blev afvist i MB WAY-appen. Du kan sende en ny anmodning.',
  'mbway.expired': 'Betalingsanmodningen udløb, før den blev godkendt. Du kan sende en ny anmodning.',
  'mbway.failed': 'Betalingen kunne ikke gennemføres ({reason}). Du kan sende en ny anmodning.',
  'mbway.retry': 'Betalingsanmodningen kunne ikke sendes. Prøv igen.',
  'mbway.config.paymentUrl':
    '<pay-mbway> kræver payment-url: butikkens endpoint, der starter betalingen (en http(s)-URL).',
  'mbway.config.statusUrl':
    '<pay-mbway> kræver status-url: en http(s)-URL-skabelon på butikkens server, der indeholder {paymentId}.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" er ikke et antal sekunder mellem 1 og 3600.',
} satisfies Catalog<typeof mbwayMessages>;
