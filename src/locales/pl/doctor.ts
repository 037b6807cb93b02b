import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** The doctor’s terminal words in Polish. */
export default {
  'doctor.title': 'pay-elements doctor: sprawdzanie {url}',
  'doctor.label.pass': 'OK',
  'doctor.label.fail': 'BŁĄD',
  'doctor.label.warn': 'WARN',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(nie udało się odczytać nagłówków odpowiedzi: wynik sprawdzeń nagłówków nieznany)',
  'doctor.note': 'uwaga: {note}',
  'doctor.missing': 'brakuje w {directive}: {sources}',
  'doctor.fix.title': 'Poprawka (scalona z Twoją obecną polityką):',
  'doctor.coopFix.title': 'Poprawka COOP:',
  'doctor.how': 'Jak: {summary}',
  'doctor.fetchFailed': 'Nie udało się pobrać {url}: {reason}',
  'doctor.arg.unknown': 'Nieznana opcja {option}',
  'doctor.arg.unexpected': 'Nieoczekiwany argument {argument}',
  'doctor.arg.missingUrl': 'Brak <url>',
  'doctor.arg.timeout': 'Nieprawidłowa wartość --timeout {value}: liczba całkowita milisekund od 1 do 120000',
  'doctor.arg.lang': 'Nieprawidłowa wartość --lang {value}: znacznik języka, np. it, pt-PT lub zh-CN',
  'doctor.usage.summary':
    'Sprawdza Cross-Origin-Opener-Policy i Content-Security-Policy strony (nagłówki i <meta http-equiv>) pod kątem wymagań każdego operatora płatności.',
  'doctor.usage.provider': '{names} (można powtarzać lub rozdzielać przecinkami; domyślnie: wszyscy)',
  'doctor.usage.returnUrl': 'strona, na którą wraca okno płatności (callbackUrl Glomo): jej COOP też jest sprawdzana',
  'doctor.usage.timeout': 'czas, po którym porzucana jest strona, która nie odpowiada (domyślnie {ms})',
  'doctor.usage.json': 'wypisz raport jako JSON (dla CI)',
  'doctor.usage.lang': 'język raportu (domyślnie: LC_ALL, LC_MESSAGES lub LANG, w przeciwnym razie angielski)',
  'doctor.usage.exit': 'Kody wyjścia: 0 brak błędów, 1 sprawdzenie nie powiodło się, 2 nieprawidłowe argumenty, 3 nie udało się odczytać strony.',
} satisfies Catalog<typeof doctorMessages>;
