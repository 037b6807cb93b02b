import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Italian. */
export default {
  'voucher.legend': 'Come vuoi pagare {total}?',
  'voucher.legend.no_total': 'Come vuoi pagare?',
  'voucher.method.CARD_ONLY': 'Solo carta',
  'voucher.method.CARD_AND_VOUCHER': 'In parte con buoni pasto, il resto con carta',
  'voucher.method.VOUCHER_ONLY': 'Tutto con buoni pasto',
  'voucher.unavailable.no_balance': 'Il saldo dei tuoi buoni pasto è esaurito.',
  'voucher.unavailable.balance_below_total': 'I tuoi buoni pasto coprono {balance}, meno di {total}.',
  'voucher.unavailable.total_too_small': 'Questo importo è troppo basso per essere suddiviso.',
  'voucher.amount.label': 'Importo in buoni pasto ({currency})',
  'voucher.amount.hint': 'Da {min} a {max}',
  'voucher.breakdown': 'Buoni pasto {voucher} · Carta {card}',
  'voucher.submit': 'Conferma',
  'voucher.pending': 'Pagamento in corso…',
  'voucher.misconfigured': 'Non è possibile mostrare le opzioni di pagamento. Riprova più tardi.',
  'voucher.error.method.required': 'Scegli come vuoi pagare.',
  'voucher.error.method.unavailable': 'Questa opzione non è disponibile.',
  'voucher.error.method.unconfigured': 'L’importo da pagare non è ancora noto.',
  'voucher.error.amount.required': 'Inserisci l’importo da pagare con buoni pasto.',
  'voucher.error.amount.invalid': 'Inserisci un importo come {example}.',
  'voucher.error.amount.negative': 'L’importo non può essere negativo.',
  'voucher.error.amount.decimals': 'Usa al massimo {count} decimali per {currency}.',
  'voucher.error.amount.decimals.one': 'Usa al massimo {count} decimale per {currency}.',
  'voucher.error.amount.decimals.none': 'Inserisci un importo intero: {currency} non ha decimali.',
  'voucher.error.amount.zero': 'Inserisci un importo maggiore di zero oppure scegli «Solo carta».',
  'voucher.error.amount.not_below_total': 'Inserisci un importo inferiore a {total} oppure scegli «Tutto con buoni pasto».',
  'voucher.error.amount.over_balance': 'I tuoi buoni pasto coprono al massimo {balance}.',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" non è valido. total, voucher-balance: interi ≥ 0 in unità minori; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER o VOUCHER_ONLY, e disponibile; voucher-amount: maggiore di 0, minore di total, entro voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
