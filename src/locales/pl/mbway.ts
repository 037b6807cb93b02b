import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Polish. */
export default {
  'mbway.phone.label': 'Numer telefonu w MB WAY',
  'mbway.phone.hint': 'Portugalski numer komórkowy powiązany z aplikacją MB WAY, np. 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'Zapłać przez MB WAY',
  'mbway.pending': 'Wysyłamy prośbę o płatność na Twój telefon…',
  'mbway.error.phone.required': 'Wpisz numer telefonu używany w MB WAY.',
  'mbway.error.phone.invalid_characters': 'Numer telefonu zawiera tylko cyfry, spacje i + na początku.',
  'mbway.error.phone.country': 'MB WAY wymaga portugalskiego numeru komórkowego (+351).',
  'mbway.error.phone.not_mobile': 'Portugalski numer komórkowy zaczyna się od 9.',
  'mbway.error.phone.too_short': 'Portugalski numer komórkowy ma 9 cyfr.',
  'mbway.error.phone.too_long': 'Portugalski numer komórkowy ma 9 cyfr, a ten ma więcej.',
  'mbway.waiting.title': 'Zatwierdź płatność w aplikacji MB WAY',
  'mbway.waiting.body': 'Wysłaliśmy prośbę o płatność na numer {phone}. Otwórz aplikację MB WAY na tym telefonie i zatwierdź płatność.',
  'mbway.waiting.time': 'Pozostały czas na zatwierdzenie:',
  'mbway.waiting.announce': 'Wysłano prośbę o płatność na numer {phone}. Zatwierdź ją w aplikacji MB WAY. Pozostały czas: {time}.',
  'mbway.countdown.left': 'Pozostały czas na zatwierdzenie płatności: {time}.',
  'mbway.checking': 'Sprawdzamy, czy płatność została zatwierdzona…',
  'mbway.succeeded': 'Płatność zatwierdzona. Dziękujemy!',
  'mbway.refused': 'Płatność została odrzucona w aplikacji MB WAY. Możesz wysłać nową prośbę.',
  'mbway.expired': 'Prośba o płatność wygasła przed zatwierdzeniem. Możesz wysłać nową prośbę.',
  'mbway.failed': 'Nie udało się zrealizować płatności ({reason}). Możesz wysłać nową prośbę.',
  'mbway.retry': 'Nie udało się wysłać prośby o płatność. Spróbuj ponownie.',
  'mbway.config.paymentUrl': '<pay-mbway> wymaga payment-url: endpointu sklepu, który rozpoczyna płatność (adresu URL http(s)).',
  'mbway.config.statusUrl': '<pay-mbway> wymaga status-url: szablonu adresu URL http(s) na serwerze sklepu, zawierającego {paymentId}.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" nie jest liczbą sekund od 1 do 3600.',
} satisfies Catalog<typeof mbwayMessages>;
