import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Romanian. */
export default {
  'multibanco.intro': 'Plătește cu o referință Multibanco la orice bancomat Multibanco sau în aplicația băncii tale.',
  'multibanco.start': 'Obține o referință Multibanco',
  'multibanco.starting': 'Se obține referința…',
  'multibanco.details.title': 'Detalii de plată Multibanco',
  'multibanco.details.intro': 'La un bancomat Multibanco sau în aplicația băncii tale, alege Plăți de servicii (Pagamento de serviços) și introdu:',
  'multibanco.details.entity': 'Entitate',
  'multibanco.details.reference': 'Referință',
  'multibanco.details.amount': 'Sumă',
  'multibanco.details.expiry': 'Termen de plată',
  'multibanco.copy': 'Copiază',
  'multibanco.copy.label': 'Copiază {detail}',
  'multibanco.copy.done': 'Copiat',
  'multibanco.copy.done.label': 'S-a copiat {detail}',
  'multibanco.copy.announce': 'S-a copiat {detail}.',
  'multibanco.copy.failed': 'Nu am putut copia {detail}. Selectează textul și copiază-l manual.',
  'multibanco.issued.announce': 'Referința ta Multibanco este gata: entitatea {entity}, referința {reference}, {amount}, de plătit până la {expiry}.',
  'multibanco.waiting': 'Așteptăm plata. După ce ai plătit, confirmarea de la banca ta poate dura de la câteva minute la câteva zile: nu e nevoie să ții pagina deschisă.',
  'multibanco.watching': 'Se verifică plata…',
  'multibanco.stopped': 'Nu am primit încă confirmarea. Este normal: poate dura până la câteva zile. Revino mai târziu sau verifică din nou acum.',
  'multibanco.checkAgain': 'Verifică din nou',
  'multibanco.succeeded': 'Plata a fost primită. Mulțumim!',
  'multibanco.expired': 'Această referință a expirat înainte de a fi plătită. Poți obține una nouă.',
  'multibanco.failed': 'Plata nu a putut fi finalizată ({reason}). Poți obține o referință nouă.',
  'multibanco.retry': 'Nu am putut obține o referință Multibanco. Încearcă din nou.',
  'multibanco.newReference': 'Obține o referință nouă',
  'multibanco.config.paymentUrl': '<pay-multibanco> are nevoie de payment-url: endpointul magazinului care emite referința (un URL http(s)).',
  'multibanco.config.statusUrl': '<pay-multibanco> are nevoie de status-url: un șablon de URL http(s) pe serverul magazinului care conține {paymentId}.',
  'multibanco.error.reference': 'Endpointul de plată al magazinului a răspuns cu o referință Multibanco a cărei sumă nu poate fi afișată ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
