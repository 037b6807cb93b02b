import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Czech. */
export default {
  'glomoCheckout.pay': 'Zaplatit',
  'glomoCheckout.preparing': 'Připravujeme platbu…',
  'glomoCheckout.opened': 'Platební okno je otevřené. Dokončete platbu v něm.',
  'glomoCheckout.retry': 'Otevřít platební okno',
  'glomoCheckout.redirect': 'Pokračovat přesměrováním',
  'glomoCheckout.succeeded': 'Platba schválena.',
  'glomoCheckout.failed': 'Platba se nezdařila: {message}',
  'glomoCheckout.pending': 'Údaje o převodu jsme přijali. Platba zatím není potvrzená.',
  'glomoCheckout.cancelled': 'Platba byla zrušena.',
  'glomoCheckout.coop.offer': 'Můžete pokračovat přesměrováním: výsledek se pak vrátí přes návratovou stránku obchodu.',
  'glomoCheckout.coop.callbackHint': 'Nebo použijte režim přesměrování (callback-url a mode="redirect"), aby se výsledek vrátil přes návratovou stránku obchodu.',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> vyžaduje public-key: veřejný klíč z administrace Glomo.',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key obsahuje tajný klíč (sk_…). Tajné klíče do prohlížeče nikdy nepatří: použijte veřejný klíč a tento tajný klíč hned vyměňte.',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> potřebuje order-id (objednávku vytvořenou vaším serverem) nebo order-url (váš endpoint, který ji vytvoří).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} není adresa http(s).',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} musí být adresa https (http jen na hostiteli loopback).',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" potřebuje callback-url: cestu obchodu, která ověří výsledek.',
  'glomoCheckout.config.sdk': 'Glomo Checkout odmítl předané volby: {reason}',
  'glomoCheckout.error.order': 'Obchod nemohl vytvořit objednávku ({reason}).',
  'glomoCheckout.error.orderFormat': 'Endpoint objednávek obchodu odpověděl bez order_id.',
  'glomoCheckout.error.open': 'Glomo Checkout nedokázal otevřít své okno: {reason}',
  'glomoCheckout.error.sdkExport': 'Skript Glomo Checkout {url} neposkytuje třídu GlomoCheckoutApi.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
