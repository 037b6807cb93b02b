/**
 * Demo of a merchant-hosted PayGlobe voucher step. One page, three moments, told apart by its
 * address: no `transactionId` → the order and its Pay button; `?transactionId=` (PayGlobe's
 * `callbackUrl`, after the card pre-authorisation) → `<pay-voucher-choice>`; `?transactionId=&status=`
 * (the return or error URL) → the outcome. The page trusts nothing in its address: amounts and
 * statuses come from the shop's server, which asks PayGlobe.
 */
import '../src/components/voucher-choice/pay-voucher-choice.js';
import type { PayVoucherChoice } from '../src/components/voucher-choice/pay-voucher-choice.js';
import { formatMoney } from '../src/core/money.js';
import type { Money } from '../src/core/types.js';

const MERCHANT = '/merchant/payglobe';

/** This page's catalog (English; a shop would translate it with its own pages). */
const pageMessages = {
  'start.heading': 'Your lunch order: {total}',
  'start.pay': 'Pay {total}',
  'start.failed': 'The payment could not start: {reason}',
  'voucher.heading': 'Card pre-authorised for {total}: how much goes on meal vouchers?',
  'voucher.failed': 'The choice was not accepted: {reason}',
  'result.succeeded': 'Payment complete',
  'result.failed': 'Payment not completed',
  'result.split': 'Paid {total}: meal vouchers {voucher}, card {card}.',
  'result.reason': 'Status {status}: {reason}',
  'result.webhooks': 'Webhooks the shop received (signature verified)',
  'result.again': 'Start a new order',
  'unavailable': 'This payment can’t be shown: {reason}',
} as const;

function say(key: keyof typeof pageMessages, params: Record<string, string> = {}): string {
  return pageMessages[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

function show(id: string, text: string): void {
  document.getElementById(id)!.textContent = text;
}

function reveal(id: 'start' | 'voucher' | 'result'): void {
  for (const section of ['start', 'voucher', 'result']) document.getElementById(section)!.hidden = section !== id;
}

interface ShopTransaction {
  transactionId: string;
  status: string;
  paymentMethod: string | null;
  total: Money;
  card: Money;
  voucher: Money;
  errorMessage?: string;
}

/** JSON from the shop's server, or an Error carrying its message. */
async function callShop<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(MERCHANT + path, body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => null)) as (T & { error?: { message?: string } }) | null;
  if (!response.ok || !json) throw new Error(json?.error?.message ?? `HTTP ${response.status}`);
  return json;
}

/** Leaves for a page PayGlobe named, only over http(s). */
function leaveFor(url: string): void {
  const target = new URL(url, location.href);
  if (target.protocol !== 'https:' && target.protocol !== 'http:') throw new Error('unexpected address');
  location.assign(target.href);
}

function startPage(query: URLSearchParams): void {
  const total: Money = { amount: Number(query.get('amount') ?? 15000), currency: query.get('currency') ?? 'EUR' };
  const text = Number.isSafeInteger(total.amount) ? formatMoney(total) : '?';
  show('start-heading', say('start.heading', { total: text }));
  show('pay', say('start.pay', { total: text }));
  reveal('start');
  const pay = document.querySelector<HTMLButtonElement>('#pay')!;
  pay.addEventListener('click', async () => {
    pay.disabled = true;
    show('start-error', '');
    try {
      const search = new URLSearchParams({ amount: String(total.amount), currency: total.currency });
      const started = await callShop<{ redirectUrl: string }>(`/payment?${search}`, { page: location.pathname });
      leaveFor(started.redirectUrl);
    } catch (error) {
      show('start-error', say('start.failed', { reason: (error as Error).message }));
      pay.disabled = false;
    }
  });
}

function voucherPage(transaction: ShopTransaction): void {
  const choice = document.querySelector<PayVoucherChoice>('#voucher-choice')!;
  choice.total = transaction.total.amount;
  choice.currency = transaction.total.currency;
  show('voucher-heading', say('voucher.heading', { total: formatMoney(transaction.total) }));
  reveal('voucher');
  choice.addEventListener('pay-voucher-submit', async (event) => {
    const { paymentMethod, voucher } = event.detail;
    try {
      const next = await callShop<{ nextUrl: string }>(`/payment/${encodeURIComponent(transaction.transactionId)}/voucher-choice`, { paymentMethod, voucher });
      leaveFor(next.nextUrl);
    } catch (error) {
      choice.endSubmit({ error: say('voucher.failed', { reason: (error as Error).message }) });
    }
  });
}

async function resultPage(transaction: ShopTransaction): Promise<void> {
  const succeeded = transaction.status === 'SUCCESS';
  show('result-heading', say(succeeded ? 'result.succeeded' : 'result.failed'));
  show('result-text', succeeded
    ? say('result.split', { total: formatMoney(transaction.total), voucher: formatMoney(transaction.voucher), card: formatMoney(transaction.card) })
    : say('result.reason', { status: transaction.status, reason: transaction.errorMessage ?? '' }));
  show('webhooks-heading', say('result.webhooks'));
  show('again', say('result.again'));
  reveal('result');
  const { events } = await callShop<{ events: { type: string; status: string; cardAmount: number; voucherAmount: number }[] }>(
    `/webhooks?transactionId=${encodeURIComponent(transaction.transactionId)}`);
  document.getElementById('webhooks')!.replaceChildren(...events.map((hook) => {
    const item = document.createElement('li');
    item.textContent = `${hook.type} ${hook.status} card ${hook.cardAmount} voucher ${hook.voucherAmount}`;
    return item;
  }));
}

async function main(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const transactionId = query.get('transactionId');
  if (!transactionId) return startPage(query);
  try {
    const transaction = await callShop<ShopTransaction>(`/payment/${encodeURIComponent(transactionId)}`);
    if (transaction.status === 'CARD_PREAUTH_SUCCESS' && transaction.paymentMethod === null) return voucherPage(transaction);
    await resultPage(transaction);
  } catch (error) {
    show('result-heading', say('unavailable', { reason: (error as Error).message }));
    reveal('result');
  }
}

void main();
