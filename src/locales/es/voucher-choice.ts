import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Spanish (Spain). */
export default {
  'voucher.legend': '¿Cómo quieres pagar {total}?',
  'voucher.legend.no_total': '¿Cómo quieres pagar?',
  'voucher.method.CARD_ONLY': 'Solo con tarjeta',
  'voucher.method.CARD_AND_VOUCHER': 'Una parte con vales de comida y el resto con tarjeta',
  'voucher.method.VOUCHER_ONLY': 'Todo con vales de comida',
  'voucher.unavailable.no_balance': 'Tus vales de comida no tienen saldo.',
  'voucher.unavailable.balance_below_total': 'Tus vales de comida cubren {balance}, menos de {total}.',
  'voucher.unavailable.total_too_small': 'Este importe es demasiado pequeño para dividirlo.',
  'voucher.amount.label': 'Importe con vales de comida ({currency})',
  'voucher.amount.hint': 'De {min} a {max}',
  'voucher.breakdown': 'Vales {voucher} · Tarjeta {card}',
  'voucher.submit': 'Confirmar',
  'voucher.pending': 'Procesando el pago…',
  'voucher.misconfigured': 'No se pueden mostrar las opciones de pago. Vuelve a intentarlo más tarde.',
  'voucher.error.method.required': 'Elige cómo quieres pagar.',
  'voucher.error.method.unavailable': 'Esta opción no está disponible.',
  'voucher.error.method.unconfigured': 'Aún no se conoce el importe que pagar.',
  'voucher.error.amount.required': 'Introduce el importe que quieres pagar con vales de comida.',
  'voucher.error.amount.invalid': 'Introduce un importe como {example}.',
  'voucher.error.amount.negative': 'El importe no puede ser negativo.',
  'voucher.error.amount.decimals': 'Usa como máximo {count} decimales para {currency}.',
  'voucher.error.amount.decimals.one': 'Usa como máximo {count} decimal para {currency}.',
  'voucher.error.amount.decimals.none': 'Introduce un importe sin decimales: {currency} no tiene decimales.',
  'voucher.error.amount.zero': 'Introduce un importe superior a cero o elige «Solo con tarjeta».',
  'voucher.error.amount.not_below_total': 'Introduce menos de {total} o elige «Todo con vales de comida».',
  'voucher.error.amount.over_balance': 'Tus vales de comida cubren como máximo {balance}.',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" no es válido. total, voucher-balance: enteros en unidades menores ≥ 0; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER o VOUCHER_ONLY, y disponible; voucher-amount: mayor que 0, menor que total y dentro de voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
