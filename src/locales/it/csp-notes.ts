import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The notes on where Chromium departs from CSP3, in Italian. */
export default {
  'diagnostics.chromium.upgradeKeepsPort':
    'Chromium non permette a una sorgente http:// con una porta di consentire https:// su quella porta (esegue l’upgrade a https solo delle porte predefinite e, per frame e invii di moduli, nemmeno di un :443 esplicito); la specifica CSP lo consente, e anche altri browser potrebbero farlo. Elenca direttamente la sorgente https://.',
  'diagnostics.chromium.upgrade80To443':
    'Chromium permette a una sorgente http://host:80 di consentire https://host (porta 443), come Firefox e Safari, ma la specifica CSP no, quindi un browser più rigoroso potrebbe bloccarla. Elenca direttamente la sorgente https://.',
  'diagnostics.chromium.sourceQueryIgnored':
    'Chromium ignora la query o il frammento in una sorgente ({directive}); la specifica CSP rende non valida una sorgente del genere, e altri browser potrebbero ignorare l’intera sorgente. Rimuovi la parte ?… o #….',
  'diagnostics.chromium.metaCommaSplit':
    'Chromium interpreta la virgola nella tua Content-Security-Policy in <meta> come l’inizio di una seconda policy; la specifica CSP e gli altri browser leggono una sola policy. Usa un tag <meta> per ogni policy, senza virgole.',
} satisfies Catalog<typeof cspNotesMessages>;
