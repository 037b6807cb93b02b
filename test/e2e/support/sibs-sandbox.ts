/**
 * The SIBS side of the end-to-end tests: the demo shop's SIBS endpoints (on the test page's
 * origin, test/support/merchant-plugin.mjs) and the sandbox's test controls, which play the
 * shopper's phone (MB WAY), the ATM (Multibanco) — as documented in sandbox/README.md.
 */
import { sandboxUrl } from '../../support/sandbox.js';

export const SIBS_PAYMENT_URL = '/merchant/sibs/payment';
export const SIBS_STATUS_URL = '/merchant/sibs/payment/{paymentId}';

export type SibsControl = 'approve' | 'refuse' | 'expire' | 'pay';

/** `POST /__sandbox/sibs/payments/{transactionID}/{action}`: the shopper answers on the phone, pays at the ATM… */
export async function sibsControl(transactionID: string, action: SibsControl): Promise<{ paymentStatus: string }> {
  const response = await fetch(await sandboxUrl(`/__sandbox/sibs/payments/${encodeURIComponent(transactionID)}/${action}`), { method: 'POST' });
  const body = await response.json();
  if (!response.ok) throw new Error(`sandbox control ${action} on ${transactionID}: ${response.status} ${JSON.stringify(body)}`);
  return body as { paymentStatus: string };
}
