import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The notes on Chromium’s CSP departures, in Polish. */
export default {
  'diagnostics.chromium.upgradeKeepsPort':
    'Chromium nie pozwala, by źródło http:// z portem zezwalało na https:// na tym porcie (podnosi tylko porty domyślne, a dla ramek i wysyłek formularzy nawet nie jawny :443); specyfikacja CSP na to pozwala, inne przeglądarki mogą również. Wpisz samo źródło https://.',
  'diagnostics.chromium.upgrade80To443':
    'Chromium pozwala, by źródło http://host:80 zezwalało na https://host (port 443), tak jak Firefox i Safari, ale specyfikacja CSP nie, więc bardziej rygorystyczna przeglądarka może je zablokować. Wpisz samo źródło https://.',
  'diagnostics.chromium.sourceQueryIgnored':
    'Chromium ignoruje zapytanie lub fragment w źródle ({directive}); według specyfikacji CSP takie źródło jest nieprawidłowe, a inne przeglądarki mogą zignorować całe źródło. Usuń część ?… lub #….',
  'diagnostics.chromium.metaCommaSplit':
    'Chromium odczytuje przecinek w Twoim <meta> z Content-Security-Policy jako początek drugiej polityki; specyfikacja CSP i inne przeglądarki odczytują jedną politykę. Używaj jednego tagu <meta> na politykę, bez przecinków.',
} satisfies Catalog<typeof cspNotesMessages>;
