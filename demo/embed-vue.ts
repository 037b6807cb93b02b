/**
 * Embedding with Vue 3: a runtime template (Vue's full browser build compiles it in the page;
 * an app's build compiles it ahead of time), `isPayElement` from `pay-elements/vue`, a `.prop`
 * binding and `@pay-*` listeners.
 */
import { createApp, ref } from 'vue/dist/vue.esm-browser.js';
import '../src/components/card-payment/pay-card-payment.js';
import { isPayElement } from '../src/vue/index.js';
import { logged } from './embed-log.js';

const app = createApp({
  template: `
    <pay-card-payment :key="attempt" provider="sibs" :amount.prop="amount" currency="EUR"
      payment-url="/merchant/sibs/payment?amount=5000" status-url="/merchant/sibs/payment/{paymentId}"
      @pay-pending="onPending" @pay-redirect="onRedirect" @pay-success="onSuccess"
      @pay-failure="onFailure" @pay-cancel="onCancel" @pay-error="onError"></pay-card-payment>
    <p><button type="button" @click="attempt++">Start again</button></p>`,
  setup: () => ({
    attempt: ref(0),
    amount: ref(5000),
    onPending: logged('pay-pending'),
    onRedirect: logged('pay-redirect'),
    onSuccess: logged('pay-success'),
    onFailure: logged('pay-failure'),
    onCancel: logged('pay-cancel'),
    onError: logged('pay-error'),
  }),
});
app.config.compilerOptions.isCustomElement = isPayElement;
app.mount('#app');
