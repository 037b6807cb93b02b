import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The notes on where Chromium departs from CSP3, in European Portuguese. */
export default {
  'diagnostics.chromium.upgradeKeepsPort':
    'O Chromium não permite que uma fonte http:// com porta autorize https:// nessa porta (só faz o upgrade para https das portas predefinidas e, para frames e envios de formulários, nem sequer de um :443 explícito); a especificação CSP permite-o, e outros browsers também o podem permitir. Indique diretamente a fonte https://.',
  'diagnostics.chromium.upgrade80To443':
    'O Chromium permite que uma fonte http://host:80 autorize https://host (porta 443), tal como o Firefox e o Safari, mas a especificação CSP não, pelo que um browser mais rigoroso pode bloqueá-la. Indique diretamente a fonte https://.',
  'diagnostics.chromium.sourceQueryIgnored':
    'O Chromium ignora a query ou o fragmento numa fonte ({directive}); a especificação CSP torna essa fonte inválida, e outros browsers podem ignorar a fonte inteira. Remova a parte ?… ou #….',
  'diagnostics.chromium.metaCommaSplit':
    'O Chromium lê a vírgula na sua Content-Security-Policy em <meta> como o início de uma segunda política; a especificação CSP e os outros browsers leem uma só política. Use uma etiqueta <meta> por política, sem vírgulas.',
} satisfies Catalog<typeof cspNotesMessages>;
