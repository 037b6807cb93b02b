import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The notes on where Chromium departs from CSP3, in Brazilian Portuguese. */
export default {
  'diagnostics.chromium.upgradeKeepsPort':
    'O Chromium não permite que uma fonte http:// com porta autorize https:// nessa porta (ele só faz o upgrade das portas padrão e, para frames e envios de formulários, nem mesmo de um :443 explícito); a especificação CSP permite isso, e outros navegadores também podem permitir. Liste a própria fonte https://.',
  'diagnostics.chromium.upgrade80To443':
    'O Chromium permite que uma fonte http://host:80 autorize https://host (porta 443), assim como o Firefox e o Safari, mas a especificação CSP não, então um navegador mais rigoroso pode bloqueá-la. Liste a própria fonte https://.',
  'diagnostics.chromium.sourceQueryIgnored':
    'O Chromium ignora a query ou o fragmento em uma fonte ({directive}); a especificação CSP torna essa fonte inválida, e outros navegadores podem ignorar a fonte inteira. Remova a parte ?… ou #….',
  'diagnostics.chromium.metaCommaSplit':
    'O Chromium lê a vírgula na sua Content-Security-Policy em <meta> como o início de uma segunda política; a especificação CSP e os outros navegadores leem uma única política. Use uma tag <meta> por política, sem vírgulas.',
} satisfies Catalog<typeof cspNotesMessages>;
