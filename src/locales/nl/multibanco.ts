import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Dutch. */
export default {
  'multibanco.intro': 'Betaal met een Multibanco-referentie bij elke Multibanco-geldautomaat of in de app van je bank.',
  'multibanco.start': 'Multibanco-referentie aanvragen',
  'multibanco.starting': 'Je referentie wordt aangevraagd…',
  'multibanco.details.title': 'Betaalgegevens voor Multibanco',
  'multibanco.details.intro': 'Kies bij een Multibanco-geldautomaat of in de app van je bank “Betaling van diensten” (Pagamento de serviços) en voer in:',
  'multibanco.details.entity': 'Entiteit',
  'multibanco.details.reference': 'Referentie',
  'multibanco.details.amount': 'Bedrag',
  'multibanco.details.expiry': 'Betalen vóór',
  'multibanco.copy': 'Kopiëren',
  'multibanco.copy.label': '{detail} kopiëren',
  'multibanco.copy.done': 'Gekopieerd',
  'multibanco.copy.done.label': '{detail} gekopieerd',
  'multibanco.copy.announce': '{detail} gekopieerd.',
  'multibanco.copy.failed': '{detail} kopiëren is mislukt. Selecteer het en kopieer het zelf.',
  'multibanco.issued.announce': 'Je Multibanco-referentie is klaar: entiteit {entity}, referentie {reference}, {amount}, te betalen vóór {expiry}.',
  'multibanco.waiting': 'We wachten op je betaling. Nadat je hebt betaald, kan het een paar minuten tot een paar dagen duren voordat je bank de betaling bevestigt: je hoeft deze pagina niet open te houden.',
  'multibanco.watching': 'We controleren of je betaling binnen is…',
  'multibanco.stopped': 'We hebben de bevestiging nog niet ontvangen. Dat is normaal: het kan tot een paar dagen duren. Kom later terug of controleer het nu opnieuw.',
  'multibanco.checkAgain': 'Opnieuw controleren',
  'multibanco.succeeded': 'Betaling ontvangen. Bedankt!',
  'multibanco.expired': 'Deze referentie is verlopen voordat er is betaald. Je kunt een nieuwe aanvragen.',
  'multibanco.failed': 'De betaling kon niet worden voltooid ({reason}). Je kunt een nieuwe referentie aanvragen.',
  'multibanco.retry': 'We konden geen Multibanco-referentie aanmaken. Probeer het opnieuw.',
  'multibanco.newReference': 'Nieuwe referentie aanvragen',
  'multibanco.config.paymentUrl': '<pay-multibanco> heeft payment-url nodig: het endpoint van de shop dat de referentie uitgeeft (een http(s)-URL).',
  'multibanco.config.statusUrl': '<pay-multibanco> heeft status-url nodig: een http(s)-URL-sjabloon op de server van de shop dat {paymentId} bevat.',
  'multibanco.error.reference': 'Het betaal-endpoint van de shop antwoordde met een Multibanco-referentie waarvan het bedrag niet kan worden getoond ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
