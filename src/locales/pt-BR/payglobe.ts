import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter's messages in Brazilian Portuguese. */
export default {
  'payglobe.response.invalid': 'A PayGlobe enviou um pagamento em um formato inesperado.',
  'payglobe.response.amounts': 'A PayGlobe enviou valores que não são valores exatos em {currency} ou cuja soma não corresponde ao total.',
  'payglobe.response.mismatch': 'A PayGlobe respondeu com um pagamento diferente ({reason}) do que esta página iniciou.',
  'payglobe.return.invalid': 'Esta página foi aberta com uma referência de pagamento PayGlobe inválida.',
  'payglobe.message.invalid': 'A página de pagamento PayGlobe enviou uma mensagem inválida.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'O cartão foi recusado.',
  'payglobe.failed.VOUCHER_FAILED': 'Não foi possível usar o vale-refeição.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'Não foi possível fazer a cobrança no cartão. Qualquer valor bloqueado no cartão será liberado.',
  'payglobe.failed.FAILED': 'O pagamento falhou.',
  'payglobe.failed.EXPIRED': 'O link de pagamento expirou.',
} satisfies Catalog<typeof payglobeMessages>;
