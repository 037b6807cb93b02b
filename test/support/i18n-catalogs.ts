/**
 * The catalogs as the i18n tests see them in the browser: every English catalog (imported
 * statically, as test/node/locales/english-catalogs.ts finds them on disk), each locale's shipped
 * translations (through the generated per-catalog tables, src/locales/<catalog>.ts), the English
 * fragments whose sight means "fell back to English", and the pseudo-locale built from English.
 */
import { cardFormMessages } from '../../src/components/card-form/card-form.messages.js';
import { bankTransferMessages } from '../../src/components/bank-transfer/bank-transfer.messages.js';
import { voucherChoiceMessages } from '../../src/components/voucher-choice/voucher-choice.messages.js';
import { cardPaymentMessages } from '../../src/components/card-payment/card-payment.messages.js';
import { mbwayMessages } from '../../src/components/mbway/mbway.messages.js';
import { payglobeCheckoutMessages } from '../../src/components/payglobe-checkout/payglobe-checkout.messages.js';
import { payglocalCheckoutMessages } from '../../src/components/payglocal-checkout/payglocal-checkout.messages.js';
import { multibancoMessages } from '../../src/components/multibanco/multibanco.messages.js';
import { glomoCheckoutMessages } from '../../src/components/glomo-checkout/glomo-checkout.messages.js';
import { payglobeMessages } from '../../src/providers/payglobe/payglobe.messages.js';
import { glomoMessages } from '../../src/providers/glomo/glomo.messages.js';
import { sibsMessages } from '../../src/providers/sibs/sibs.messages.js';
import { cdnMessages } from '../../src/cdn/cdn.messages.js';
import { flowsMessages } from '../../src/flows/flows.messages.js';
import { doctorMessages } from '../../src/cli/doctor.messages.js';
import { diagnosticsMessages } from '../../src/diagnostics/diagnostics.messages.js';
import { cspNotesMessages } from '../../src/diagnostics/csp-notes.messages.js';
import { formControlMessages } from '../../src/core/form-control.messages.js';
import type { TranslationTable } from '../../src/core/catalogs.js';
import cardFormTable from '../../src/locales/card-form.js';
import bankTransferTable from '../../src/locales/bank-transfer.js';
import voucherChoiceTable from '../../src/locales/voucher-choice.js';
import cardPaymentTable from '../../src/locales/card-payment.js';
import mbwayTable from '../../src/locales/mbway.js';
import payglobeCheckoutTable from '../../src/locales/payglobe-checkout.js';
import payglocalCheckoutTable from '../../src/locales/payglocal-checkout.js';
import multibancoTable from '../../src/locales/multibanco.js';
import glomoCheckoutTable from '../../src/locales/glomo-checkout.js';
import payglobeTable from '../../src/locales/payglobe.js';
import glomoTable from '../../src/locales/glomo.js';
import sibsTable from '../../src/locales/sibs.js';
import cdnTable from '../../src/locales/cdn.js';
import flowsTable from '../../src/locales/flows.js';
import doctorTable from '../../src/locales/doctor.js';
import diagnosticsTable from '../../src/locales/diagnostics.js';
import cspNotesTable from '../../src/locales/csp-notes.js';
import formControlTable from '../../src/locales/form-control.js';

type Strings = Readonly<Record<string, string>>;

/** The 22 shipped locales of issue 11 (as test/node/locales/catalogs.test.ts LOCALES). */
export const LOCALES = ['en-IN', 'hi', 'it', 'pt-PT', 'pt-BR', 'es', 'fr', 'de', 'nl', 'pl', 'sv', 'da', 'fi', 'nb', 'cs', 'ro', 'el', 'tr', 'ja', 'zh-CN', 'ar', 'he'] as const;
export const RTL_LOCALES: readonly string[] = ['ar', 'he'];

/** Every English catalog, by catalog name. */
export const ENGLISH_CATALOGS: Readonly<Record<string, Strings>> = {
  'card-form': cardFormMessages, 'bank-transfer': bankTransferMessages, 'voucher-choice': voucherChoiceMessages,
  'card-payment': cardPaymentMessages, mbway: mbwayMessages, 'payglobe-checkout': payglobeCheckoutMessages,
  'payglocal-checkout': payglocalCheckoutMessages, multibanco: multibancoMessages, 'glomo-checkout': glomoCheckoutMessages,
  payglobe: payglobeMessages, glomo: glomoMessages, sibs: sibsMessages, cdn: cdnMessages, flows: flowsMessages,
  doctor: doctorMessages, diagnostics: diagnosticsMessages, 'csp-notes': cspNotesMessages, 'form-control': formControlMessages,
};

const TABLES: readonly TranslationTable[] = [
  cardFormTable, bankTransferTable, voucherChoiceTable, cardPaymentTable, mbwayTable, payglobeCheckoutTable,
  payglocalCheckoutTable, multibancoTable, glomoCheckoutTable, payglobeTable, glomoTable, sibsTable, cdnTable,
  flowsTable, doctorTable, diagnosticsTable, cspNotesTable, formControlTable,
];

/** Every English message (keys are unique across catalogs). */
export const ENGLISH: Strings = Object.assign({}, ...Object.values(ENGLISH_CATALOGS));

/** Every shipped string of `locale`, all catalogs merged (the same chunks the elements load). */
export async function shippedStrings(locale: string): Promise<Strings> {
  const tag = locale.toLowerCase();
  const parts = await Promise.all(TABLES.map(async (table) => (table[tag] ? (await table[tag]()).default : {})));
  return Object.assign({}, ...parts);
}

const PLURAL = /\.(zero|one|two|few|many|other)$/;

/** The literal text of a message between its `{placeholders}`. */
export const literalFragments = (message: string): string[] => message.split(/\{\w+\}/).map((part) => part.trim()).filter(Boolean);

/** A fragment long enough that seeing it can only mean its message: two words or more, or eight letters or more. */
export const telling = (fragment: string): boolean =>
  fragment.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length >= 2 || (fragment.match(/\p{L}/gu)?.length ?? 0) >= 8;

export interface EnglishFragment {
  fragment: string;
  key: string;
}

/**
 * The English fragments that must not show in `locale`: every telling fragment of every English
 * message, except where the locale's own translation of that key (its plural forms included)
 * has the same fragment (brand names, "IBAN", "Glomo Checkout"), and except a one-word
 * fragment the locale's own strings use elsewhere (a word of that language too). `strings` are the locale's
 * shipped strings; a key they lack is English on purpose only for an English locale (en-IN
 * ships just what differs), so there the English text counts as its translation.
 */
export function forbiddenFragments(locale: string, strings: Strings): EnglishFragment[] {
  const english = locale.toLowerCase().startsWith('en');
  const forms = (key: string) => Object.keys(strings).filter((k) => k === key || k.replace(PLURAL, '') === key).map((k) => strings[k]!);
  const everything = Object.values(strings);
  const forbidden: EnglishFragment[] = [];
  for (const [key, message] of Object.entries(ENGLISH)) {
    const base = key.replace(PLURAL, '');
    let own = [...forms(base), ...(key !== base ? forms(key) : [])];
    if (!own.length && english) own = [message];
    for (const fragment of literalFragments(message).filter(telling)) {
      if (own.some((text) => text.includes(fragment))) continue;
      // One word the locale itself uses elsewhere is a word of that language too (Czech "Reference").
      if (!/\s/.test(fragment) && everything.some((text) => text.includes(fragment))) continue;
      forbidden.push({ fragment, key });
    }
  }
  return forbidden;
}

/** The shipped translation of `key` in `locale`, or null where it is the same as English (nothing to wait for). */
export function translatedLabel(strings: Strings, key: string): string | null {
  const text = strings[key];
  return text !== undefined && text !== ENGLISH[key] && !/\{\w+\}/.test(text) ? text : null;
}

// ---- The pseudo-locale ---------------------------------------------------------------------

export const PSEUDO_LOCALE = 'en-XA';
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [letter, [...'àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!]),
);

/** `message` in the pseudo-locale: letters swapped for accented look-alikes, `{placeholders}` kept, all of it in ⟦…⟧. */
export function pseudoLocalize(message: string): string {
  const swapped = message.split(/(\{\w+\})/).map((part, i) => (i % 2 ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTED[c]!))).join('');
  return `${PSEUDO_OPEN}${swapped}${PSEUDO_CLOSE}`;
}

/** Every English message (plural forms included) in the pseudo-locale. */
export const pseudoMessages = (): Record<string, string> =>
  Object.fromEntries(Object.entries(ENGLISH).map(([key, message]) => [key, pseudoLocalize(message)]));
