import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Dutch. */
export default {
  'mbway.phone.label': 'Mobiel nummer voor MB WAY',
  'mbway.phone.hint': 'Het Portugese mobiele nummer dat aan je MB WAY-app is gekoppeld, bijv. 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'Betalen met MB WAY',
  'mbway.pending': 'Verzoek wordt naar je telefoon gestuurd…',
  'mbway.error.phone.required': 'Vul je mobiele nummer voor MB WAY in.',
  'mbway.error.phone.invalid_characters': 'Een telefoonnummer bestaat alleen uit cijfers, spaties en een + aan het begin.',
  'mbway.error.phone.country': 'Voor MB WAY is een Portugees mobiel nummer nodig (+351).',
  'mbway.error.phone.not_mobile': 'Een Portugees mobiel nummer begint met 9.',
  'mbway.error.phone.too_short': 'Een Portugees mobiel nummer heeft 9 cijfers.',
  'mbway.error.phone.too_long': 'Een Portugees mobiel nummer heeft 9 cijfers; dit nummer heeft er meer.',
  'mbway.waiting.title': 'Keur de betaling goed in je MB WAY-app',
  'mbway.waiting.body': 'We hebben een betaalverzoek gestuurd naar {phone}. Open de MB WAY-app op die telefoon en keur het goed.',
  'mbway.waiting.time': 'Resterende tijd om goed te keuren:',
  'mbway.waiting.announce': 'Betaalverzoek verstuurd naar {phone}. Keur het binnen {time} goed in de MB WAY-app.',
  'mbway.countdown.left': 'Nog {time} om de betaling goed te keuren.',
  'mbway.checking': 'Controleren of de betaling is goedgekeurd…',
  'mbway.succeeded': 'Betaling goedgekeurd. Bedankt!',
  'mbway.refused': 'De betaling is geweigerd in de MB WAY-app. Je kunt een nieuw verzoek sturen.',
  'mbway.expired': 'Het betaalverzoek is verlopen voordat het werd goedgekeurd. Je kunt een nieuw verzoek sturen.',
  'mbway.failed': 'De betaling kon niet worden voltooid ({reason}). Je kunt een nieuw verzoek sturen.',
  'mbway.retry': 'Het betaalverzoek kon niet worden verstuurd. Probeer het opnieuw.',
  'mbway.config.paymentUrl': '<pay-mbway> heeft payment-url nodig: het endpoint van de shop dat de betaling start (een http(s)-URL).',
  'mbway.config.statusUrl': '<pay-mbway> heeft status-url nodig: een http(s)-URL-sjabloon op de server van de shop dat {paymentId} bevat.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" is geen aantal seconden tussen 1 en 3600.',
} satisfies Catalog<typeof mbwayMessages>;
