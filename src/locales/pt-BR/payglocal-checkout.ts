import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Brazilian Portuguese. */
export default {
  'payglocalCheckout.pay': 'Pagar',
  'payglocalCheckout.preparing': 'Preparando seu pagamento…',
  'payglocalCheckout.leaving': 'Redirecionando você para a página de pagamento segura da PayGlocal…',
  'payglocalCheckout.error.http': 'A loja não conseguiu iniciar o pagamento ({reason}).',
  'payglocalCheckout.error.httpStatus': 'erro HTTP {status}',
  'payglocalCheckout.error.network': 'Não foi possível acessar a loja. Verifique sua conexão e tente novamente.',
  'payglocalCheckout.error.timeout': 'A loja não respondeu a tempo. Tente novamente.',
  'payglocalCheckout.error.format': 'A resposta da loja não indica onde pagar.',
  'payglocalCheckout.config.paymentUrl': '<pay-payglocal-checkout> payment-url é obrigatória: o seu endpoint que inicia o pagamento e responde { redirectUrl }.',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} não é um endereço http(s).',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} não é um endereço http(s).',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout> amount deve ser um número inteiro de unidades menores (15000 para 150,00).',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout> currency deve ser um código ISO 4217 de três letras, como INR.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
