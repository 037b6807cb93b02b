import type { Catalog } from '../../core/messages.js';
import type { bankTransferMessages } from '../../components/bank-transfer/bank-transfer.messages.js';

/** `<pay-bank-transfer>` in Finnish. */
export default {
  'bank.details.title': 'Tilisiirron tiedot',
  'bank.details.intro':
    'Maksa alla oleva summa tälle tilille ja kerro sitten meille tili, jolta maksoit, sekä tilisiirron viite.',
  'bank.details.accountName': 'Saajan nimi',
  'bank.details.accountNumber': 'Tilinumero',
  'bank.details.iban': 'IBAN-tilinumero',
  'bank.details.bic': 'BIC/SWIFT-koodi',
  'bank.details.bankName': 'Pankki',
  'bank.details.amount': 'Summa',
  'bank.details.reference': 'Maksun viite',
  'bank.copy': 'Kopioi',
  'bank.copy.label': 'Kopioi: {detail}',
  'bank.copy.done': 'Kopioitu',
  'bank.copy.done.label': 'Kopioitu: {detail}',
  'bank.copy.failed': 'Kohdetta {detail} ei voitu kopioida. Valitse se ja kopioi itse.',
  'bank.sender.label': 'Tilinumerosi tai IBAN',
  'bank.sender.hint': 'Tili, jolta lähetit rahat.',
  'bank.reference.label': 'Tilisiirron viite (UTR)',
  'bank.reference.hint': 'Pankkisi tilisiirrolle antama viite: 6–35 kirjainta, numeroa, - tai /.',
  'bank.submit': 'Olen tehnyt tilisiirron',
  'bank.pending': 'Lähetetään tilisiirron tietoja…',
  'bank.submitted.title': 'Tilisiirron tiedot vastaanotettu',
  'bank.submitted.body':
    'Kiitos. Maksuasi ei ole vielä vahvistettu: se vahvistetaan, kun tilisiirto saapuu tilille, mikä voi kestää muutaman pankkipäivän.',
  'bank.submitted.announce': '{title} – {body}',
  'bank.unavailable':
    'Tilisiirto ei ole juuri nyt käytettävissä. Valitse toinen maksutapa tai yritä myöhemmin uudelleen.',
  'bank.error.senderAccountNumber.required': 'Anna tilinumero tai IBAN, jolta maksoit.',
  'bank.error.senderAccountNumber.invalid_characters': 'Tilinumerossa on vain kirjaimia ja numeroita.',
  'bank.error.senderAccountNumber.too_short': 'Tilinumerossa on vähintään 6 kirjainta ja numeroa.',
  'bank.error.senderAccountNumber.too_long': 'Tilinumerossa on enintään 34 kirjainta ja numeroa.',
  'bank.error.senderAccountNumber.iban_country': 'Mikään IBAN ei ala merkeillä {country}: tarkista maatunnus.',
  'bank.error.senderAccountNumber.iban_length':
    'Maatunnuksella {country} alkavassa IBANissa on {length} merkkiä; tässä on {actual}.',
  'bank.error.senderAccountNumber.iban_format':
    'Tämä IBAN ei vastaa maatunnuksen {country} muotoa. Vertaa sitä tiliotteeseesi.',
  'bank.error.senderAccountNumber.iban_checksum': 'Tämä IBAN on virheellinen: vertaa numeroita tiliotteeseesi.',
  'bank.error.transactionReference.required': 'Anna tilisiirron viite.',
  'bank.error.transactionReference.invalid_characters': 'Viitteessä on vain kirjaimia, numeroita, - ja /.',
  'bank.error.transactionReference.too_short': 'Viitteessä on vähintään 6 merkkiä.',
  'bank.error.transactionReference.too_long': 'Viitteessä on enintään 35 merkkiä.',
  'bank.config.details': '<pay-bank-transfer> details on virheellinen: {problem}',
  'bank.config.orderId': '<pay-bank-transfer> tarvitsee order-id:n: Glomo-tilauksen, jonka tilisiirto maksaa.',
} satisfies Catalog<typeof bankTransferMessages>;
