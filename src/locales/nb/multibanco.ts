import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Norwegian Bokmål. */
export default {
  'multibanco.intro':
    'Betal med en Multibanco-referanse i en hvilken som helst Multibanco-minibank eller i bankens app.',
  'multibanco.start': 'Få en Multibanco-referanse',
  'multibanco.starting': 'Henter referansen din…',
  'multibanco.details.title': 'Betalingsdetaljer for Multibanco',
  'multibanco.details.intro':
    'Velg Betaling av tjenester (Pagamento de serviços) i en Multibanco-minibank eller i bankens app, og skriv inn:',
  'multibanco.details.entity': 'Enhet (Entidade)',
  'multibanco.details.reference': 'Referanse (Referência)',
  'multibanco.details.amount': 'Beløp',
  'multibanco.details.expiry': 'Betal innen',
  'multibanco.copy': 'Kopier',
  'multibanco.copy.label': 'Kopier {detail}',
  'multibanco.copy.done': 'Kopiert',
  'multibanco.copy.done.label': '{detail} kopiert',
  'multibanco.copy.announce': '{detail} er kopiert.',
  'multibanco.copy.failed': 'Kunne ikke kopiere {detail}. Merk opplysningen og kopier den selv.',
  'multibanco.issued.announce':
    'Multibanco-referansen din er klar: enhet {entity}, referanse {reference}, {amount}, betales innen {expiry}.',
  'multibanco.waiting':
    'Venter på betalingen din. Når du har betalt, kan det ta fra noen minutter til noen dager før banken din bekrefter den: du trenger ikke holde siden åpen.',
  'multibanco.watching': 'Ser etter betalingen din…',
  'multibanco.stopped':
    'Vi har ikke mottatt bekreftelsen ennå. Det er normalt: det kan ta opptil noen dager. Kom tilbake senere, eller sjekk igjen nå.',
  'multibanco.checkAgain': 'Sjekk igjen',
  'multibanco.succeeded': 'Betalingen er mottatt. Takk!',
  'multibanco.expired': 'Referansen utløp før den ble betalt. Du kan få en ny.',
  'multibanco.failed': 'Betalingen kunne ikke fullføres ({reason}). Du kan få en ny referanse.',
  'multibanco.retry': 'Vi kunne ikke hente en Multibanco-referanse. Prøv igjen.',
  'multibanco.newReference': 'Få en ny referanse',
  'multibanco.config.paymentUrl':
    '<pay-multibanco> trenger payment-url: butikkens endepunkt som utsteder referansen (en http(s)-URL).',
  'multibanco.config.statusUrl':
    '<pay-multibanco> trenger status-url: en http(s)-URL-mal på butikkens server som inneholder {paymentId}.',
  'multibanco.error.reference':
    'Butikkens betalingsendepunkt svarte med en Multibanco-referanse med et beløp som ikke kan vises ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
