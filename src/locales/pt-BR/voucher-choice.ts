import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Brazilian Portuguese. */
export default {
  'voucher.legend': 'Como você quer pagar {total}?',
  'voucher.legend.no_total': 'Como você quer pagar?',
  'voucher.method.CARD_ONLY': 'Somente cartão',
  'voucher.method.CARD_AND_VOUCHER': 'Parte no vale-refeição, o restante no cartão',
  'voucher.method.VOUCHER_ONLY': 'Tudo no vale-refeição',
  'voucher.unavailable.no_balance': 'Seu vale-refeição está sem saldo.',
  'voucher.unavailable.balance_below_total': 'Seu vale-refeição cobre {balance}, menos que {total}.',
  'voucher.unavailable.total_too_small': 'Este valor é baixo demais para ser dividido.',
  'voucher.amount.label': 'Valor no vale-refeição ({currency})',
  'voucher.amount.hint': 'De {min} a {max}',
  'voucher.breakdown': 'Vale-refeição {voucher} · Cartão {card}',
  'voucher.submit': 'Confirmar',
  'voucher.pending': 'Processando pagamento…',
  'voucher.misconfigured': 'Não foi possível exibir as opções de pagamento. Tente novamente mais tarde.',
  'voucher.error.method.required': 'Escolha como você quer pagar.',
  'voucher.error.method.unavailable': 'Esta opção não está disponível.',
  'voucher.error.method.unconfigured': 'O valor a pagar ainda não é conhecido.',
  'voucher.error.amount.required': 'Informe o valor a pagar com vale-refeição.',
  'voucher.error.amount.invalid': 'Informe um valor como {example}.',
  'voucher.error.amount.negative': 'O valor não pode ser negativo.',
  'voucher.error.amount.decimals': 'Use no máximo {count} casas decimais para {currency}.',
  'voucher.error.amount.decimals.one': 'Use no máximo {count} casa decimal para {currency}.',
  'voucher.error.amount.decimals.none': 'Informe um valor inteiro: {currency} não tem casas decimais.',
  'voucher.error.amount.zero': 'Informe um valor maior que zero ou escolha “Somente cartão”.',
  'voucher.error.amount.not_below_total': 'Informe um valor menor que {total} ou escolha “Tudo no vale-refeição”.',
  'voucher.error.amount.over_balance': 'Seu vale-refeição cobre no máximo {balance}.',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" é inválido. total, voucher-balance: inteiros ≥ 0 em unidades menores; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER ou VOUCHER_ONLY, e disponível; voucher-amount: acima de 0, abaixo de total, dentro de voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
