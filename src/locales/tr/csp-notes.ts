import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The notes on where Chromium departs from CSP3, in Turkish. */
export default {
  'diagnostics.chromium.upgradeKeepsPort': 'Chromium, port içeren bir http:// kaynağının aynı porttaki https:// adresine izin vermesine olanak tanımaz (yalnızca varsayılan portları yükseltir; çerçeveler ve form gönderimleri için açıkça yazılmış :443’ü bile yükseltmez); CSP belirtimi buna izin verir, diğer tarayıcılar da verebilir. https:// kaynağını doğrudan listeleyin.',
  'diagnostics.chromium.upgrade80To443': 'Chromium, Firefox ve Safari gibi, bir http://host:80 kaynağının https://host (port 443) adresine izin vermesine olanak tanır; ancak CSP belirtimi tanımaz, bu yüzden daha katı bir tarayıcı bunu engelleyebilir. https:// kaynağını doğrudan listeleyin.',
  'diagnostics.chromium.sourceQueryIgnored': 'Chromium bir kaynaktaki sorgu veya parça kısmını yok sayar ({directive}); CSP belirtimine göre böyle bir kaynak geçersizdir ve diğer tarayıcılar kaynağın tamamını yok sayabilir. ?… veya #… kısmını kaldırın.',
  'diagnostics.chromium.metaCommaSplit': 'Chromium, <meta> Content-Security-Policy’nizdeki virgülü ikinci bir politikanın başlangıcı olarak okur; CSP belirtimi ve diğer tarayıcılar tek bir politika okur. Her politika için virgül kullanmadan ayrı bir <meta> etiketi kullanın.',
} satisfies Catalog<typeof cspNotesMessages>;
