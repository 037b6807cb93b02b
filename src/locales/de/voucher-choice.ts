import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in German. */
export default {
  'voucher.legend': 'Wie möchten Sie {total} bezahlen?',
  'voucher.legend.no_total': 'Wie möchten Sie bezahlen?',
  'voucher.method.CARD_ONLY': 'Nur mit Karte',
  'voucher.method.CARD_AND_VOUCHER': 'Teilweise mit Essensgutscheinen, den Rest mit Karte',
  'voucher.method.VOUCHER_ONLY': 'Komplett mit Essensgutscheinen',
  'voucher.unavailable.no_balance': 'Ihre Essensgutscheine haben kein Guthaben mehr.',
  'voucher.unavailable.balance_below_total': 'Ihre Essensgutscheine decken {balance} ab, weniger als {total}.',
  'voucher.unavailable.total_too_small': 'Dieser Betrag ist zu klein zum Aufteilen.',
  'voucher.amount.label': 'Betrag mit Essensgutscheinen ({currency})',
  'voucher.amount.hint': 'Von {min} bis {max}',
  'voucher.breakdown': 'Gutscheine {voucher} · Karte {card}',
  'voucher.submit': 'Bestätigen',
  'voucher.pending': 'Zahlung wird verarbeitet…',
  'voucher.misconfigured': 'Die Zahlungsoptionen können nicht angezeigt werden. Bitte versuchen Sie es später erneut.',
  'voucher.error.method.required': 'Wählen Sie, wie Sie bezahlen möchten.',
  'voucher.error.method.unavailable': 'Diese Option ist nicht verfügbar.',
  'voucher.error.method.unconfigured': 'Der zu zahlende Betrag ist noch nicht bekannt.',
  'voucher.error.amount.required': 'Geben Sie den Betrag ein, den Sie mit Essensgutscheinen zahlen möchten.',
  'voucher.error.amount.invalid': 'Geben Sie einen Betrag wie {example} ein.',
  'voucher.error.amount.negative': 'Der Betrag darf nicht negativ sein.',
  'voucher.error.amount.decimals': 'Verwenden Sie für {currency} höchstens {count} Nachkommastellen.',
  'voucher.error.amount.decimals.one': 'Verwenden Sie für {currency} höchstens {count} Nachkommastelle.',
  'voucher.error.amount.decimals.none': 'Geben Sie einen ganzen Betrag ein: {currency} hat keine Nachkommastellen.',
  'voucher.error.amount.zero': 'Geben Sie einen Betrag über null ein oder wählen Sie „Nur mit Karte“.',
  'voucher.error.amount.not_below_total': 'Geben Sie weniger als {total} ein oder wählen Sie „Komplett mit Essensgutscheinen“.',
  'voucher.error.amount.over_balance': 'Ihre Essensgutscheine decken höchstens {balance} ab.',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" ist ungültig. total, voucher-balance: ganze Zahl kleinster Währungseinheiten ≥ 0; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER oder VOUCHER_ONLY, und verfügbar; voucher-amount: über 0, unter total, innerhalb von voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
