/**
 * Embedding with React 19: the `PayCardPayment` wrapper (in an app: `pay-elements/react`) under
 * StrictMode, with `createElement` rather than JSX so the demo needs no JSX transform.
 */
import { createElement as h, Fragment, StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PayCardPayment } from '../src/react/index.js';
import { logged } from './embed-log.js';

function Checkout() {
  // A new key mounts a fresh element: the "Start again" a shop offers after a decline.
  const [attempt, setAttempt] = useState(0);
  return h(Fragment, null,
    h(PayCardPayment, {
      key: attempt,
      provider: 'sibs',
      amount: 5000,
      currency: 'EUR',
      paymentUrl: '/merchant/sibs/payment?amount=5000',
      statusUrl: '/merchant/sibs/payment/{paymentId}',
      onPayPending: logged('pay-pending'),
      onPayRedirect: logged('pay-redirect'),
      onPaySuccess: logged('pay-success'),
      onPayFailure: logged('pay-failure'),
      onPayCancel: logged('pay-cancel'),
      onPayError: logged('pay-error'),
    }),
    h('p', null, h('button', { type: 'button', onClick: () => setAttempt((n) => n + 1) }, 'Start again')));
}

createRoot(document.querySelector('#app')!).render(h(StrictMode, null, h(Checkout)));
