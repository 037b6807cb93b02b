/**
 * The SIBS elements on the fake shop (test/components/sibs-support/fake-sibs-shop.ts), which
 * answers at once: MB WAY's errors, its wait with the countdown, a refusal and an approval; a
 * Multibanco reference and its payment.
 */
import { html } from 'lit';
import { FAKE_PAYMENT_URL, FAKE_STATUS_URL, FakeSibsShop, mbwayPurchase, referenceGenerated } from '../components/sibs-support/fake-sibs-shop.js';
import { MbwayHarness } from '../components/mbway/mbway-harness.js';
import { until } from './a11y-states.js';
import { invalidShown, mount, settle, SUPPLIED, type FormControl, type Stage } from './i18n-stage.js';

export async function mbway(stage: Stage): Promise<void> {
  const shop = new FakeSibsShop().install();
  shop.paymentAnswers = [{ body: mbwayPurchase('tx-i18n-mbway') }];
  const { element, remove } = await mount<FormControl>(stage,
    html`<pay-mbway payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL} timeout="240" poll-interval="100"></pay-mbway>`, ['mbway.phone.label', 'mbway.phone.hint']);
  try {
    const harness = new MbwayHarness(element as never);
    await stage.capture('mbway', 'initial', element);
    element.submit();
    await until(() => invalidShown(element.shadowRoot!), 'the phone error');
    await harness.settle();
    await stage.capture('mbway', 'errors', element);
    await harness.type(SUPPLIED.phone);
    element.submit();
    await until(() => harness.waiting !== null && harness.clock !== '', 'the MB WAY wait');
    await harness.settle();
    await stage.capture('mbway', 'waiting', element);
    if (!stage.deep) return;
    shop.statuses.set('tx-i18n-mbway', 'Declined');
    await harness.result();
    await stage.capture('mbway', 'refused', element);
  } finally {
    remove();
    shop.uninstall();
  }
}

export async function mbwaySuccess(stage: Stage): Promise<void> {
  const shop = new FakeSibsShop().install();
  shop.paymentAnswers = [{ body: mbwayPurchase('tx-i18n-mbway-ok') }];
  shop.statuses.set('tx-i18n-mbway-ok', 'Success');
  const { element, remove } = await mount<FormControl>(stage,
    html`<pay-mbway payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL} timeout="240" poll-interval="100"></pay-mbway>`, ['mbway.phone.label']);
  try {
    const harness = new MbwayHarness(element as never);
    await harness.type(SUPPLIED.phone);
    element.submit();
    await harness.result();
    await stage.capture('mbway', 'approved', element);
  } finally {
    remove();
    shop.uninstall();
  }
}

export async function multibanco(stage: Stage): Promise<void> {
  const shop = new FakeSibsShop().install();
  shop.paymentAnswers = [{ body: referenceGenerated('tx-i18n-mb') }];
  const { element, remove } = await mount<Element & { start(): void }>(stage,
    html`<pay-multibanco payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL} poll-interval="100" watch="30"></pay-multibanco>`, ['multibanco.start', 'multibanco.intro']);
  try {
    await stage.capture('multibanco', 'initial', element);
    element.start();
    await until(() => element.shadowRoot!.querySelector('.detail--reference .value') !== null, 'the reference');
    await settle(element);
    await stage.capture('multibanco', 'reference', element);
    if (!stage.deep) return;
    shop.statuses.set('tx-i18n-mb', 'Success');
    await until(() => element.shadowRoot!.querySelector('[part~="success"]') !== null, 'the payment received');
    await settle(element);
    await stage.capture('multibanco', 'paid', element);
  } finally {
    remove();
    shop.uninstall();
  }
}

