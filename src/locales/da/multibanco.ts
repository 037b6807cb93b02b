import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Danish. */
export default {
  'multibanco.intro':
    'Betal med en Multibanco-reference i en hvilken som helst Multibanco-hæveautomat eller i din banks app.',
  'multibanco.start': 'Få en Multibanco-reference',
  'multibanco.starting': 'Henter din reference…',
  'multibanco.details.title': 'Betalingsoplysninger til Multibanco',
  'multibanco.details.intro':
    'Vælg Betaling af tjenester (Pagamento de serviços) i en Multibanco-hæveautomat eller i din banks app, og indtast:',
  'multibanco.details.entity': 'Entitet (Entidade)',
  'multibanco.details.reference': 'Reference (Referência)',
  'multibanco.details.amount': 'Beløb',
  'multibanco.details.expiry': 'Betal senest',
  'multibanco.copy': 'Kopiér',
  'multibanco.copy.label': 'Kopiér {detail}',
  'multibanco.copy.done': 'Kopieret',
  'multibanco.copy.done.label': '{detail} kopieret',
  'multibanco.copy.announce': '{detail} er kopieret.',
  'multibanco.copy.failed': '{detail} kunne ikke kopieres. Markér oplysningen, og kopiér den selv.',
  'multibanco.issued.announce':
    'Din Multibanco-reference er klar: entitet {entity}, reference {reference}, {amount}, skal betales senest {expiry}.',
  'multibanco.waiting':
    'Venter på din betaling. Når du har betalt, kan det tage fra nogle minutter til nogle dage, før din bank bekræfter den: du behøver ikke holde siden åben.',
  'multibanco.watching': 'Tjekker for din betaling…',
  'multibanco.stopped':
    'Vi har endnu ikke modtaget bekræftelsen. Det er normalt: det kan tage op til nogle dage. Kom tilbage senere, eller tjek igen nu.',
  'multibanco.checkAgain': 'Tjek igen',
  'multibanco.succeeded': 'Betalingen er modtaget. Tak!',
  'multibanco.expired': 'Referencen udløb, før den blev betalt. Du kan få en ny.',
  'multibanco.failed': 'Betalingen kunne ikke gennemføres ({reason}). Du kan få en ny reference.',
  'multibanco.retry': 'Vi kunne ikke hente en Multibanco-reference. Prøv igen.',
  'multibanco.newReference': 'Få en ny reference',
  'multibanco.config.paymentUrl':
    '<pay-multibanco> kræver payment-url: butikkens endpoint, der udsteder referencen (en http(s)-URL).',
  'multibanco.config.statusUrl':
    '<pay-multibanco> kræver status-url: en http(s)-URL-skabelon på butikkens server, der indeholder {paymentId}.',
  'multibanco.error.reference':
    'Butikkens betalings-endpoint svarede med en Multibanco-reference, hvis beløb ikke kan vises ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
