import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Polish. */
export default {
  'multibanco.intro': 'Zapłać numerem referencyjnym Multibanco w dowolnym bankomacie Multibanco lub w aplikacji swojego banku.',
  'multibanco.start': 'Wygeneruj numer referencyjny Multibanco',
  'multibanco.starting': 'Generujemy numer referencyjny…',
  'multibanco.details.title': 'Dane do płatności Multibanco',
  'multibanco.details.intro': 'W bankomacie Multibanco lub w aplikacji banku wybierz „Płatności za usługi” (Pagamento de serviços) i wpisz:',
  'multibanco.details.entity': 'Podmiot',
  'multibanco.details.reference': 'Numer referencyjny',
  'multibanco.details.amount': 'Kwota',
  'multibanco.details.expiry': 'Zapłać do',
  'multibanco.copy': 'Kopiuj',
  'multibanco.copy.label': 'Kopiuj: {detail}',
  'multibanco.copy.done': 'Skopiowano',
  'multibanco.copy.done.label': 'Skopiowano: {detail}',
  'multibanco.copy.announce': 'Skopiowano: {detail}.',
  'multibanco.copy.failed': 'Nie udało się skopiować: {detail}. Zaznacz i skopiuj samodzielnie.',
  'multibanco.issued.announce': 'Twój numer referencyjny Multibanco jest gotowy: podmiot {entity}, numer referencyjny {reference}, {amount}, zapłać do {expiry}.',
  'multibanco.waiting': 'Czekamy na płatność. Po zapłaceniu potwierdzenie z banku może potrwać od kilku minut do kilku dni: nie musisz trzymać tej strony otwartej.',
  'multibanco.watching': 'Sprawdzamy, czy płatność dotarła…',
  'multibanco.stopped': 'Nie otrzymaliśmy jeszcze potwierdzenia. To normalne: może to potrwać nawet kilka dni. Wróć później lub sprawdź ponownie teraz.',
  'multibanco.checkAgain': 'Sprawdź ponownie',
  'multibanco.succeeded': 'Płatność otrzymana. Dziękujemy!',
  'multibanco.expired': 'Ten numer referencyjny wygasł przed zapłatą. Możesz wygenerować nowy.',
  'multibanco.failed': 'Nie udało się zrealizować płatności ({reason}). Możesz wygenerować nowy numer referencyjny.',
  'multibanco.retry': 'Nie udało się wygenerować numeru referencyjnego Multibanco. Spróbuj ponownie.',
  'multibanco.newReference': 'Wygeneruj nowy numer referencyjny',
  'multibanco.config.paymentUrl': '<pay-multibanco> wymaga payment-url: endpointu sklepu, który wystawia numer referencyjny (adresu URL http(s)).',
  'multibanco.config.statusUrl': '<pay-multibanco> wymaga status-url: szablonu adresu URL http(s) na serwerze sklepu, zawierającego {paymentId}.',
  'multibanco.error.reference': 'Endpoint płatności sklepu zwrócił numer referencyjny Multibanco z kwotą, której nie można wyświetlić ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
