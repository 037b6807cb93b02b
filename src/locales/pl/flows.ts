import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in Polish. */
export default {
  'flows.modal.title': 'Potwierdź płatność',
  'flows.modal.close': 'Zamknij',
  'flows.url.invalid': 'to nie jest prawidłowy adres',
  'flows.url.scheme': 'można otwierać tylko adresy https',
  'flows.url.credentials': 'adres zawiera nazwę użytkownika lub hasło',
  'flows.url.host': '{host} nie należy do hostów operatora płatności',
  'flows.error.url': 'Operator płatności zwrócił adres, którego ta strona nie otworzy: {reason}.',
  'flows.error.message': 'Operator płatności wysłał wiadomość w nieoczekiwanym formacie.',
  'flows.error.popupBlocked': 'Przeglądarka zablokowała okno płatności. Zezwól na wyskakujące okna dla tej witryny lub spróbuj ponownie.',
  'flows.error.coopBlocked': 'Okno płatności utraciło połączenie z tą stroną (Cross-Origin-Opener-Policy), więc wynik płatności nie może do niej dotrzeć.',
  'flows.error.timeout': 'Płatność nie została potwierdzona na czas.',
  'flows.error.status': 'Nie udało się odczytać statusu płatności ({reason}).',
  'flows.error.statusFormat': 'Odpowiedź ze statusem płatności ma nieoczekiwany format.',
  'flows.error.sdk': 'Nie udało się załadować skryptu {url} operatora płatności: {reason}.',
  'flows.sdk.timeout': 'brak odpowiedzi w ciągu {seconds} s',
  'flows.sdk.failed': 'brakuje go, ma nieprawidłowy typ treści albo nie przeszedł kontroli integralności',
  'flows.sdk.threw': 'wystąpił błąd podczas jego uruchamiania',
  'flows.sdk.missing': 'nie udostępnia {name}',
  'flows.sdk.notAllowed': 'to nie jest skonfigurowany adres SDK',
  'flows.sdk.trustedTypes': 'Trusted Types odrzuciło adres skryptu (zezwól na politykę "pay-elements")',
  'flows.config.modal': 'Przekierowanie do okna modalnego z iframe wymaga kontenera, w którym zostanie wyświetlone.',
  'flows.config.sdkUrl': 'Adres SDK {url} został odrzucony: {reason}.',
  'flows.error.csp': 'Polityka Content-Security-Policy witryny zablokowała skrypt {url} operatora płatności.',
} satisfies Catalog<typeof flowsMessages>;
