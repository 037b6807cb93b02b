import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Finnish. */
export default {
  'voucher.legend': 'Miten haluat maksaa summan {total}?',
  'voucher.legend.no_total': 'Miten haluat maksaa?',
  'voucher.method.CARD_ONLY': 'Vain kortilla',
  'voucher.method.CARD_AND_VOUCHER': 'Osa lounasseteleillä, loput kortilla',
  'voucher.method.VOUCHER_ONLY': 'Kaikki lounasseteleillä',
  'voucher.unavailable.no_balance': 'Lounasseteleissäsi ei ole saldoa jäljellä.',
  'voucher.unavailable.balance_below_total': 'Lounasseteleilläsi voi maksaa {balance}, mikä on vähemmän kuin {total}.',
  'voucher.unavailable.total_too_small': 'Summa on liian pieni jaettavaksi.',
  'voucher.amount.label': 'Lounasseteleillä maksettava summa ({currency})',
  'voucher.amount.hint': '{min}–{max}',
  'voucher.breakdown': 'Lounassetelit {voucher} · Kortti {card}',
  'voucher.submit': 'Vahvista',
  'voucher.pending': 'Maksua käsitellään…',
  'voucher.misconfigured': 'Maksuvaihtoehtoja ei voida näyttää. Yritä myöhemmin uudelleen.',
  'voucher.error.method.required': 'Valitse, miten haluat maksaa.',
  'voucher.error.method.unavailable': 'Tämä vaihtoehto ei ole käytettävissä.',
  'voucher.error.method.unconfigured': 'Maksettavaa summaa ei vielä tiedetä.',
  'voucher.error.amount.required': 'Anna lounasseteleillä maksettava summa.',
  'voucher.error.amount.invalid': 'Anna summa muodossa {example}.',
  'voucher.error.amount.negative': 'Summa ei voi olla negatiivinen.',
  'voucher.error.amount.decimals': 'Käytä valuutalle {currency} enintään {count} desimaalia.',
  'voucher.error.amount.decimals.one': 'Käytä valuutalle {currency} enintään {count} desimaali.',
  'voucher.error.amount.decimals.none': 'Anna summa kokonaislukuna: valuutassa {currency} ei ole desimaaleja.',
  'voucher.error.amount.zero': 'Anna nollaa suurempi summa tai valitse ”Vain kortilla”.',
  'voucher.error.amount.not_below_total':
    'Anna summa, joka on pienempi kuin {total}, tai valitse ”Kaikki lounasseteleillä”.',
  'voucher.error.amount.over_balance': 'Lounasseteleilläsi voi maksaa enintään {balance}.',
  'voucher.config':
    '<pay-voucher-choice> {attribute}="{value}" on virheellinen. total, voucher-balance: kokonaisluku valuutan pienimpinä yksikköinä ≥ 0; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER tai VOUCHER_ONLY, ja käytettävissä; voucher-amount: yli 0, alle total-arvon, enintään voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
