// pay-elements inside the shadow root of the merchant's own component, which the document's
// observer cannot see: `PayElements.observe(root)` and `PayElements.load(tag)` handle them.
class ShopWidget extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}
customElements.define('shop-widget', ShopWidget);

window.addEventListener('load', async () => {
  const observed = document.body.appendChild(new ShopWidget());
  const transfer = document.createElement('pay-bank-transfer');
  transfer.setAttribute('order-id', 'order_3');
  observed.shadowRoot.append(transfer);
  const loadedByHand = document.body.appendChild(new ShopWidget());
  const voucher = document.createElement('pay-voucher-choice');
  voucher.setAttribute('total', '15000');
  voucher.setAttribute('currency', 'EUR');
  loadedByHand.shadowRoot.append(voucher);

  // Unseen until asked: the document's observer does not look into shadow roots.
  const seenUnasked = await window.definedWithin('pay-bank-transfer', 300);
  const stop = window.PayElements.observe(observed.shadowRoot);
  const loaded = await window.PayElements.load('pay-voucher-choice');
  // Added later inside the observed root.
  const checkout = document.createElement('pay-glomo-checkout');
  checkout.setAttribute('order-url', '/merchant/glomo/order?amount=100');
  checkout.setAttribute('public-key', 'pk_test_pages');
  observed.shadowRoot.append(checkout);
  const elements = await Promise.all([transfer, voucher, checkout].map(window.describe));
  stop();
  window.report({ seenUnasked, loadedIsClass: loaded === customElements.get('pay-voucher-choice'), elements });
});
