import { Hono, type Context } from 'hono';
import { formAction, type SandboxEnv } from '../faults.js';
import { applyControl, SIBS_CONTROLS, type SibsControl } from './controls.js';
import { challengePage, mbwayPage, multibancoPage, notFoundPage } from './pages.js';
import type { SibsSettler } from './settle.js';
import type { SibsState, SibsTransaction } from './state.js';

/** The action a page's form posted, if it is one this page offers. */
async function postedControl(c: Context, allowed: readonly SibsControl[]): Promise<SibsControl | null> {
  const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const action = form.action;
  return typeof action === 'string' && SIBS_CONTROLS.includes(action as SibsControl) && allowed.includes(action as SibsControl)
    ? (action as SibsControl)
    : null;
}

/**
 * The pages a shopper sees in the sandbox instead of SIBS's world: the MB WAY app
 * (`/sibs/mbway?transactionId=…`), a Multibanco ATM (`/sibs/multibanco?transactionId=…` or
 * `?entity=…&reference=…`) and the 3-D Secure challenge (`/sibs/3ds?transactionId=…`). Forms post
 * back to the same URL; the page then shows the outcome (303, so a reload does not re-post).
 */
export function sibsHostedPages(state: SibsState, settler: SibsSettler) {
  const pages = new Hono<SandboxEnv>();
  const selfAction = (c: Context, path: string, identity: Record<string, string>) => formAction(path, identity, c.req.query(), c.get('malformed'));
  const backToPage = (c: Context) => c.redirect(new URL(c.req.url).pathname + new URL(c.req.url).search, 303);

  // ———— MB WAY app
  async function mbwayTransaction(c: Context): Promise<SibsTransaction | undefined> {
    const transaction = await settler.current(c.req.query('transactionId') ?? '');
    return transaction?.method === 'MBWAY' ? transaction : undefined;
  }
  pages.get('/sibs/mbway', async (c) => {
    const transaction = await mbwayTransaction(c);
    if (!transaction) return c.html(notFoundPage('MB WAY', 'No MB WAY request with this transaction id.'), 404);
    return c.html(mbwayPage(transaction, selfAction(c, '/sibs/mbway', { transactionId: transaction.id })));
  });
  pages.post('/sibs/mbway', async (c) => {
    const transaction = await mbwayTransaction(c);
    if (!transaction) return c.html(notFoundPage('MB WAY', 'No MB WAY request with this transaction id.'), 404);
    const control = await postedControl(c, ['approve', 'refuse', 'expire']);
    if (control) await applyControl(settler, transaction.id, control);
    return backToPage(c);
  });

  // ———— Multibanco ATM
  async function referenceTransaction(c: Context): Promise<SibsTransaction | undefined> {
    const { transactionId, entity, reference } = c.req.query();
    const found = transactionId !== undefined
      ? state.transactions.get(transactionId)
      : state.transactions.filter((t) => t.reference?.entity === entity && t.reference?.reference === reference?.replace(/\s/g, ''))[0];
    if (found?.method !== 'REFERENCE') return undefined;
    return settler.current(found.id);
  }
  pages.get('/sibs/multibanco', async (c) => {
    const transaction = await referenceTransaction(c);
    if (!transaction) return c.html(notFoundPage('Multibanco', 'No reference matches this entity and reference.'), 404);
    return c.html(multibancoPage(transaction, selfAction(c, '/sibs/multibanco', { transactionId: transaction.id })));
  });
  pages.post('/sibs/multibanco', async (c) => {
    const transaction = await referenceTransaction(c);
    if (!transaction) return c.html(notFoundPage('Multibanco', 'No reference matches this entity and reference.'), 404);
    if (await postedControl(c, ['pay'])) await applyControl(settler, transaction.id, 'pay');
    return backToPage(c);
  });

  // ———— 3-D Secure challenge
  function cardTransaction(c: Context): SibsTransaction | undefined {
    const transaction = state.transactions.get(c.req.query('transactionId') ?? '');
    return transaction?.method === 'CARD' ? transaction : undefined;
  }
  pages.get('/sibs/3ds', (c) => {
    const transaction = cardTransaction(c);
    if (!transaction) return c.html(notFoundPage('3-D Secure', 'No card payment awaits authentication with this id.'), 404);
    return c.html(challengePage(transaction, selfAction(c, '/sibs/3ds', { transactionId: transaction.id })));
  });
  pages.post('/sibs/3ds', async (c) => {
    const transaction = cardTransaction(c);
    if (!transaction) return c.html(notFoundPage('3-D Secure', 'No card payment awaits authentication with this id.'), 404);
    const control = await postedControl(c, ['approve', 'refuse']);
    if (control) await applyControl(settler, transaction.id, control);
    const settled = state.transactions.get(transaction.id)!;
    if (!transaction.returnUrl || settled.status === 'Partial') return backToPage(c);
    // Back to the merchant, as the issuer page does; the query is advisory (unsigned): the shop asks SIBS.
    const target = new URL(transaction.returnUrl);
    target.searchParams.set('transactionID', settled.id);
    target.searchParams.set('paymentStatus', settled.status);
    return c.redirect(target.href, 303);
  });

  return pages;
}
