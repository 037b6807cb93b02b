import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Swedish. */
export default {
  'multibanco.intro': 'Betala med en Multibanco-referens i valfri Multibanco-bankomat eller i din banks app.',
  'multibanco.start': 'Hämta en Multibanco-referens',
  'multibanco.starting': 'Hämtar din referens…',
  'multibanco.details.title': 'Betalningsuppgifter för Multibanco',
  'multibanco.details.intro':
    'Välj Betalning av tjänster (Pagamento de serviços) i en Multibanco-bankomat eller i din banks app och ange:',
  'multibanco.details.entity': 'Entitet (Entidade)',
  'multibanco.details.reference': 'Referens (Referência)',
  'multibanco.details.amount': 'Belopp',
  'multibanco.details.expiry': 'Betala senast',
  'multibanco.copy': 'Kopiera',
  'multibanco.copy.label': 'Kopiera {detail}',
  'multibanco.copy.done': 'Kopierat',
  'multibanco.copy.done.label': '{detail} kopierat',
  'multibanco.copy.announce': '{detail} har kopierats.',
  'multibanco.copy.failed': 'Det gick inte att kopiera {detail}. Markera uppgiften och kopiera den själv.',
  'multibanco.issued.announce':
    'Din Multibanco-referens är klar: entitet {entity}, referens {reference}, {amount}, att betala senast {expiry}.',
  'multibanco.waiting':
    'Väntar på din betalning. När du har betalat kan det ta från några minuter till några dagar innan din bank bekräftar den: du behöver inte ha sidan öppen.',
  'multibanco.watching': 'Letar efter din betalning…',
  'multibanco.stopped':
    'Vi har inte fått bekräftelsen än. Det är normalt: det kan ta upp till några dagar. Kom tillbaka senare eller kontrollera igen nu.',
  'multibanco.checkAgain': 'Kontrollera igen',
  'multibanco.succeeded': 'Betalningen har tagits emot. Tack!',
  'multibanco.expired': 'Referensen gick ut innan den betalades. Du kan hämta en ny.',
  'multibanco.failed': 'Betalningen kunde inte genomföras ({reason}). Du kan hämta en ny referens.',
  'multibanco.retry': 'Vi kunde inte hämta en Multibanco-referens. Försök igen.',
  'multibanco.newReference': 'Hämta en ny referens',
  'multibanco.config.paymentUrl':
    '<pay-multibanco> behöver payment-url: butikens slutpunkt som utfärdar referensen (en http(s)-URL).',
  'multibanco.config.statusUrl':
    '<pay-multibanco> behöver status-url: en http(s)-URL-mall på butikens server som innehåller {paymentId}.',
  'multibanco.error.reference':
    'Butikens betalningsslutpunkt svarade med en Multibanco-referens vars belopp inte kan visas ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
