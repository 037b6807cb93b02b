import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in French (France). */
export default {
  'voucher.legend': 'Comment souhaitez-vous payer {total} ?',
  'voucher.legend.no_total': 'Comment souhaitez-vous payer ?',
  'voucher.method.CARD_ONLY': 'Par carte uniquement',
  'voucher.method.CARD_AND_VOUCHER': 'Une partie en titres-restaurant, le reste par carte',
  'voucher.method.VOUCHER_ONLY': 'Entièrement en titres-restaurant',
  'voucher.unavailable.no_balance': 'Vos titres-restaurant n’ont plus de solde.',
  'voucher.unavailable.balance_below_total': 'Vos titres-restaurant couvrent {balance}, moins que {total}.',
  'voucher.unavailable.total_too_small': 'Ce montant est trop faible pour être partagé.',
  'voucher.amount.label': 'Montant en titres-restaurant ({currency})',
  'voucher.amount.hint': 'De {min} à {max}',
  'voucher.breakdown': 'Titres-restaurant {voucher} · Carte {card}',
  'voucher.submit': 'Valider',
  'voucher.pending': 'Paiement en cours…',
  'voucher.misconfigured': 'Les options de paiement ne peuvent pas être affichées. Veuillez réessayer plus tard.',
  'voucher.error.method.required': 'Choisissez comment vous souhaitez payer.',
  'voucher.error.method.unavailable': 'Ce choix n’est pas disponible.',
  'voucher.error.method.unconfigured': 'Le montant à payer n’est pas encore connu.',
  'voucher.error.amount.required': 'Saisissez le montant à payer en titres-restaurant.',
  'voucher.error.amount.invalid': 'Saisissez un montant comme {example}.',
  'voucher.error.amount.negative': 'Le montant ne peut pas être négatif.',
  'voucher.error.amount.decimals': 'Utilisez au plus {count} décimales pour {currency}.',
  'voucher.error.amount.decimals.one': 'Utilisez au plus {count} décimale pour {currency}.',
  'voucher.error.amount.decimals.none': 'Saisissez un montant entier : {currency} n’a pas de décimales.',
  'voucher.error.amount.zero': 'Saisissez un montant supérieur à zéro, ou choisissez « Par carte uniquement ».',
  'voucher.error.amount.not_below_total': 'Saisissez moins de {total}, ou choisissez « Entièrement en titres-restaurant ».',
  'voucher.error.amount.over_balance': 'Vos titres-restaurant couvrent au plus {balance}.',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" n’est pas valide. total, voucher-balance : entiers en unités mineures ≥ 0 ; currency : ISO 4217 ; method : CARD_ONLY, CARD_AND_VOUCHER ou VOUCHER_ONLY, et disponible ; voucher-amount : supérieur à 0, inférieur à total, dans la limite de voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
