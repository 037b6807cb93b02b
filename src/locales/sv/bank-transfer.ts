import type { Catalog } from '../../core/messages.js';
import type { bankTransferMessages } from '../../components/bank-transfer/bank-transfer.messages.js';

/** `<pay-bank-transfer>` in Swedish. */
export default {
  'bank.details.title': 'Överföringsuppgifter',
  'bank.details.intro':
    'Överför beloppet nedan till det här kontot och ange sedan vilket konto du betalade från och överföringens referens.',
  'bank.details.accountName': 'Kontoinnehavare',
  'bank.details.accountNumber': 'Kontonummer',
  'bank.details.iban': 'IBAN-nummer',
  'bank.details.bic': 'BIC/SWIFT-kod',
  'bank.details.bankName': 'Bankens namn',
  'bank.details.amount': 'Belopp',
  'bank.details.reference': 'Referens att ange',
  'bank.copy': 'Kopiera',
  'bank.copy.label': 'Kopiera {detail}',
  'bank.copy.done': 'Kopierat',
  'bank.copy.done.label': '{detail} kopierat',
  'bank.copy.failed': 'Det gick inte att kopiera {detail}. Markera uppgiften och kopiera den själv.',
  'bank.sender.label': 'Ditt kontonummer eller IBAN',
  'bank.sender.hint': 'Kontot du skickade pengarna från.',
  'bank.reference.label': 'Överföringens referens (UTR)',
  'bank.reference.hint': 'Referensen som din bank gav överföringen: 6 till 35 bokstäver, siffror, - eller /.',
  'bank.submit': 'Jag har gjort överföringen',
  'bank.pending': 'Skickar dina överföringsuppgifter…',
  'bank.submitted.title': 'Överföringsuppgifterna har tagits emot',
  'bank.submitted.body':
    'Tack! Din betalning är inte bekräftad än: det blir den när överföringen når kontot, vilket kan ta några bankdagar.',
  'bank.submitted.announce': '{title} – {body}',
  'bank.unavailable': 'Banköverföring är inte tillgänglig just nu. Välj ett annat betalsätt eller försök igen senare.',
  'bank.error.senderAccountNumber.required': 'Ange kontonumret eller IBAN som du betalade från.',
  'bank.error.senderAccountNumber.invalid_characters': 'Ett kontonummer består bara av bokstäver och siffror.',
  'bank.error.senderAccountNumber.too_short': 'Ett kontonummer har minst 6 bokstäver och siffror.',
  'bank.error.senderAccountNumber.too_long': 'Ett kontonummer har högst 34 bokstäver och siffror.',
  'bank.error.senderAccountNumber.iban_country': 'Inget IBAN börjar med {country}: kontrollera landskoden.',
  'bank.error.senderAccountNumber.iban_length': 'Ett IBAN från {country} har {length} tecken; det här har {actual}.',
  'bank.error.senderAccountNumber.iban_format':
    'Det här IBAN-numret följer inte formatet för {country}. Jämför det med ditt kontoutdrag.',
  'bank.error.senderAccountNumber.iban_checksum':
    'Det här IBAN-numret är ogiltigt: jämför siffrorna med ditt kontoutdrag.',
  'bank.error.transactionReference.required': 'Ange överföringens referens.',
  'bank.error.transactionReference.invalid_characters': 'En referens består bara av bokstäver, siffror, - och /.',
  'bank.error.transactionReference.too_short': 'En referens har minst 6 tecken.',
  'bank.error.transactionReference.too_long': 'En referens har högst 35 tecken.',
  'bank.config.details': '<pay-bank-transfer> details är ogiltigt: {problem}',
  'bank.config.orderId': '<pay-bank-transfer> behöver ett order-id: den Glomo-order som överföringen betalar.',
} satisfies Catalog<typeof bankTransferMessages>;
