import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Finnish. */
export default {
  'multibanco.intro':
    'Maksa Multibanco-viitteellä missä tahansa Multibanco-pankkiautomaatissa tai pankkisi sovelluksessa.',
  'multibanco.start': 'Hae Multibanco-viite',
  'multibanco.starting': 'Viitettä haetaan…',
  'multibanco.details.title': 'Multibanco-maksun tiedot',
  'multibanco.details.intro':
    'Valitse Multibanco-pankkiautomaatissa tai pankkisi sovelluksessa Palvelujen maksu (Pagamento de serviços) ja anna:',
  'multibanco.details.entity': 'Palveluntarjoaja (Entidade)',
  'multibanco.details.reference': 'Viite (Referência)',
  'multibanco.details.amount': 'Summa',
  'multibanco.details.expiry': 'Maksettava viimeistään',
  'multibanco.copy': 'Kopioi',
  'multibanco.copy.label': 'Kopioi: {detail}',
  'multibanco.copy.done': 'Kopioitu',
  'multibanco.copy.done.label': 'Kopioitu: {detail}',
  'multibanco.copy.announce': '{detail}: kopioitu.',
  'multibanco.copy.failed': 'Kohdetta {detail} ei voitu kopioida. Valitse se ja kopioi itse.',
  'multibanco.issued.announce':
    'Multibanco-viitteesi on valmis: palveluntarjoaja {entity}, viite {reference}, {amount}, maksettava viimeistään {expiry}.',
  'multibanco.waiting':
    'Odotetaan maksuasi. Kun olet maksanut, pankkisi vahvistukseen voi kulua muutamasta minuutista muutamaan päivään: sinun ei tarvitse pitää tätä sivua auki.',
  'multibanco.watching': 'Tarkistetaan maksuasi…',
  'multibanco.stopped':
    'Emme ole vielä saaneet vahvistusta. Se on normaalia: siihen voi kulua muutama päivä. Palaa myöhemmin tai tarkista uudelleen nyt.',
  'multibanco.checkAgain': 'Tarkista uudelleen',
  'multibanco.succeeded': 'Maksu vastaanotettu. Kiitos!',
  'multibanco.expired': 'Tämä viite vanheni ennen kuin se maksettiin. Voit hakea uuden.',
  'multibanco.failed': 'Maksua ei voitu suorittaa ({reason}). Voit hakea uuden viitteen.',
  'multibanco.retry': 'Multibanco-viitettä ei saatu. Yritä uudelleen.',
  'multibanco.newReference': 'Hae uusi viite',
  'multibanco.config.paymentUrl':
    '<pay-multibanco> tarvitsee payment-url-osoitteen: kaupan päätepisteen, joka luo viitteen (http(s)-URL).',
  'multibanco.config.statusUrl':
    '<pay-multibanco> tarvitsee status-url-osoitteen: kaupan palvelimella olevan http(s)-URL-mallin, joka sisältää kohdan {paymentId}.',
  'multibanco.error.reference':
    'Kaupan maksupäätepiste vastasi Multibanco-viitteellä, jonka summaa ei voi näyttää ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
