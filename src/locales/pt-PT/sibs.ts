import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter's messages in European Portuguese. */
export default {
  'sibs.error.network': 'Não foi possível contactar o endpoint de pagamento da loja {url}: {reason}.',
  'sibs.error.timeout': 'O endpoint de pagamento da loja {url} não respondeu em {seconds} s.',
  'sibs.error.http': 'O endpoint de pagamento da loja {url} respondeu HTTP {status}{detail}.',
  'sibs.error.json': 'O endpoint de pagamento da loja {url} não respondeu com JSON.',
  'sibs.error.response': 'O endpoint de pagamento da loja {url} não respondeu com uma {what} SIBS ({reason}).',
  'sibs.what.mbway': 'compra MB WAY',
  'sibs.what.multibanco': 'referência Multibanco',
  'sibs.what.card': 'compra com cartão',
  'sibs.declined': 'O pagamento foi recusado.',
  'sibs.refused': 'O pagamento foi recusado na app MB WAY.',
  'sibs.expired': 'O pedido de pagamento expirou.',
  'sibs.referenceExpired': 'A referência Multibanco expirou antes de ser paga.',
  'sibs.failed': 'O pagamento falhou ({status}).',
  'sibs.config.paymentUrl': '{element} precisa de payment-url: o endpoint da loja que inicia o pagamento (um URL http(s)).',
  'sibs.config.statusUrl': '{element} precisa de status-url: um modelo de URL http(s) no servidor da loja que contenha {paymentId}.',
} satisfies Catalog<typeof sibsMessages>;
