import type { Catalog } from '../../core/messages.js';
import type { bankTransferMessages } from '../../components/bank-transfer/bank-transfer.messages.js';

/** `<pay-bank-transfer>` in Norwegian Bokmål. */
export default {
  'bank.details.title': 'Overføringsdetaljer',
  'bank.details.intro':
    'Overfør beløpet nedenfor til denne kontoen, og oppgi deretter hvilken konto du betalte fra og overføringens referanse.',
  'bank.details.accountName': 'Kontoinnehaver',
  'bank.details.accountNumber': 'Kontonummer',
  'bank.details.iban': 'IBAN-nummer',
  'bank.details.bic': 'BIC/SWIFT-kode',
  'bank.details.bankName': 'Bankens navn',
  'bank.details.amount': 'Beløp',
  'bank.details.reference': 'Referanse som skal oppgis',
  'bank.copy': 'Kopier',
  'bank.copy.label': 'Kopier {detail}',
  'bank.copy.done': 'Kopiert',
  'bank.copy.done.label': '{detail} kopiert',
  'bank.copy.failed': 'Kunne ikke kopiere {detail}. Merk opplysningen og kopier den selv.',
  'bank.sender.label': 'Ditt kontonummer eller IBAN',
  'bank.sender.hint': 'Kontoen du sendte pengene fra.',
  'bank.reference.label': 'Overføringens referanse (UTR)',
  'bank.reference.hint': 'Referansen banken din ga overføringen: 6 til 35 bokstaver, sifre, - eller /.',
  'bank.submit': 'Jeg har gjort overføringen',
  'bank.pending': 'Sender overføringsdetaljene dine…',
  'bank.submitted.title': 'Overføringsdetaljene er mottatt',
  'bank.submitted.body':
    'Takk. Betalingen din er ikke bekreftet ennå: det blir den når overføringen når kontoen, noe som kan ta noen virkedager.',
  'bank.submitted.announce': '{title} – {body}',
  'bank.unavailable':
    'Bankoverføring er ikke tilgjengelig akkurat nå. Velg en annen betalingsmåte, eller prøv igjen senere.',
  'bank.error.senderAccountNumber.required': 'Oppgi kontonummeret eller IBAN du betalte fra.',
  'bank.error.senderAccountNumber.invalid_characters': 'Et kontonummer består bare av bokstaver og sifre.',
  'bank.error.senderAccountNumber.too_short': 'Et kontonummer har minst 6 bokstaver og sifre.',
  'bank.error.senderAccountNumber.too_long': 'Et kontonummer har høyst 34 bokstaver og sifre.',
  'bank.error.senderAccountNumber.iban_country': 'Ingen IBAN starter med {country}: sjekk landkoden.',
  'bank.error.senderAccountNumber.iban_length': 'En IBAN fra {country} har {length} tegn; denne har {actual}.',
  'bank.error.senderAccountNumber.iban_format':
    'Denne IBAN-en samsvarer ikke med formatet for {country}. Sammenlign den med kontoutskriften din.',
  'bank.error.senderAccountNumber.iban_checksum':
    'Denne IBAN-en er ugyldig: sammenlign sifrene med kontoutskriften din.',
  'bank.error.transactionReference.required': 'Oppgi overføringens referanse.',
  'bank.error.transactionReference.invalid_characters': 'En referanse består bare av bokstaver, sifre, - og /.',
  'bank.error.transactionReference.too_short': 'En referanse har minst 6 tegn.',
  'bank.error.transactionReference.too_long': 'En referanse har høyst 35 tegn.',
  'bank.config.details': '<pay-bank-transfer> details er ugyldig: {problem}',
  'bank.config.orderId': '<pay-bank-transfer> trenger en order-id: Glomo-ordren som overføringen betaler.',
} satisfies Catalog<typeof bankTransferMessages>;
