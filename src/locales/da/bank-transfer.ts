import type { Catalog } from '../../core/messages.js';
import type { bankTransferMessages } from '../../components/bank-transfer/bank-transfer.messages.js';

/** `<pay-bank-transfer>` in Danish. */
export default {
  'bank.details.title': 'Overførselsoplysninger',
  'bank.details.intro':
    'Overfør beløbet nedenfor til denne konto, og oplys derefter, hvilken konto du betalte fra, og overførslens reference.',
  'bank.details.accountName': 'Kontohaver',
  'bank.details.accountNumber': 'Kontonummer',
  'bank.details.iban': 'IBAN-nummer',
  'bank.details.bic': 'BIC/SWIFT-kode',
  'bank.details.bankName': 'Pengeinstitut',
  'bank.details.amount': 'Beløb',
  'bank.details.reference': 'Reference, der skal angives',
  'bank.copy': 'Kopiér',
  'bank.copy.label': 'Kopiér {detail}',
  'bank.copy.done': 'Kopieret',
  'bank.copy.done.label': '{detail} kopieret',
  'bank.copy.failed': '{detail} kunne ikke kopieres. Markér oplysningen, og kopiér den selv.',
  'bank.sender.label': 'Dit kontonummer eller IBAN',
  'bank.sender.hint': 'Den konto, du overførte pengene fra.',
  'bank.reference.label': 'Overførslens reference (UTR)',
  'bank.reference.hint': 'Den reference, din bank gav overførslen: 6 til 35 bogstaver, cifre, - eller /.',
  'bank.submit': 'Jeg har foretaget overførslen',
  'bank.pending': 'Sender dine overførselsoplysninger…',
  'bank.submitted.title': 'Overførselsoplysningerne er modtaget',
  'bank.submitted.body':
    'Tak. Din betaling er endnu ikke bekræftet: det bliver den, når overførslen når kontoen, hvilket kan tage nogle bankdage.',
  'bank.submitted.announce': '{title} – {body}',
  'bank.unavailable':
    'Bankoverførsel er ikke tilgængelig lige nu. Vælg en anden betalingsmetode, eller prøv igen senere.',
  'bank.error.senderAccountNumber.required': 'Angiv det kontonummer eller IBAN, du betalte fra.',
  'bank.error.senderAccountNumber.invalid_characters': 'Et kontonummer består kun af bogstaver og cifre.',
  'bank.error.senderAccountNumber.too_short': 'Et kontonummer har mindst 6 bogstaver og cifre.',
  'bank.error.senderAccountNumber.too_long': 'Et kontonummer har højst 34 bogstaver og cifre.',
  'bank.error.senderAccountNumber.iban_country': 'Intet IBAN starter med {country}: tjek landekoden.',
  'bank.error.senderAccountNumber.iban_length': 'Et IBAN fra {country} har {length} tegn; dette har {actual}.',
  'bank.error.senderAccountNumber.iban_format':
    'Dette IBAN passer ikke til formatet for {country}. Sammenlign det med dit kontoudtog.',
  'bank.error.senderAccountNumber.iban_checksum': 'Dette IBAN er ugyldigt: sammenlign cifrene med dit kontoudtog.',
  'bank.error.transactionReference.required': 'Angiv overførslens reference.',
  'bank.error.transactionReference.invalid_characters': 'En reference består kun af bogstaver, cifre, - og /.',
  'bank.error.transactionReference.too_short': 'En reference har mindst 6 tegn.',
  'bank.error.transactionReference.too_long': 'En reference har højst 35 tegn.',
  'bank.config.details': '<pay-bank-transfer> details er ugyldig: {problem}',
  'bank.config.orderId': '<pay-bank-transfer> kræver et order-id: den Glomo-ordre, som overførslen betaler.',
} satisfies Catalog<typeof bankTransferMessages>;
