import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in European Portuguese. */
export default {
  'voucher.legend': 'Como pretende pagar {total}?',
  'voucher.legend.no_total': 'Como pretende pagar?',
  'voucher.method.CARD_ONLY': 'Apenas cartão',
  'voucher.method.CARD_AND_VOUCHER': 'Parte com vales de refeição, o resto com cartão',
  'voucher.method.VOUCHER_ONLY': 'Tudo com vales de refeição',
  'voucher.unavailable.no_balance': 'Os seus vales de refeição já não têm saldo.',
  'voucher.unavailable.balance_below_total': 'Os seus vales de refeição cobrem {balance}, menos do que {total}.',
  'voucher.unavailable.total_too_small': 'Este montante é demasiado baixo para ser dividido.',
  'voucher.amount.label': 'Montante em vales de refeição ({currency})',
  'voucher.amount.hint': 'De {min} a {max}',
  'voucher.breakdown': 'Vales de refeição {voucher} · Cartão {card}',
  'voucher.submit': 'Confirmar',
  'voucher.pending': 'A processar o pagamento…',
  'voucher.misconfigured': 'Não é possível mostrar as opções de pagamento. Tente mais tarde.',
  'voucher.error.method.required': 'Escolha como pretende pagar.',
  'voucher.error.method.unavailable': 'Esta opção não está disponível.',
  'voucher.error.method.unconfigured': 'O montante a pagar ainda não é conhecido.',
  'voucher.error.amount.required': 'Introduza o montante a pagar com vales de refeição.',
  'voucher.error.amount.invalid': 'Introduza um montante como {example}.',
  'voucher.error.amount.negative': 'O montante não pode ser negativo.',
  'voucher.error.amount.decimals': 'Use no máximo {count} casas decimais para {currency}.',
  'voucher.error.amount.decimals.one': 'Use no máximo {count} casa decimal para {currency}.',
  'voucher.error.amount.decimals.none': 'Introduza um montante inteiro: {currency} não tem casas decimais.',
  'voucher.error.amount.zero': 'Introduza um montante superior a zero ou escolha «Apenas cartão».',
  'voucher.error.amount.not_below_total': 'Introduza um montante inferior a {total} ou escolha «Tudo com vales de refeição».',
  'voucher.error.amount.over_balance': 'Os seus vales de refeição cobrem no máximo {balance}.',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" é inválido. total, voucher-balance: inteiros ≥ 0 em unidades menores; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER ou VOUCHER_ONLY, e disponível; voucher-amount: acima de 0, abaixo de total, dentro de voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
