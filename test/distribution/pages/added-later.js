// Elements the page adds by script after the main file ran: alone, and inside a wrapper.
window.addEventListener('load', async () => {
  const voucher = document.createElement('pay-voucher-choice');
  voucher.setAttribute('total', '15000');
  voucher.setAttribute('currency', 'EUR');
  document.body.append(voucher);
  const wrapper = document.createElement('section');
  const transfer = document.createElement('pay-bank-transfer');
  transfer.setAttribute('order-id', 'order_2');
  wrapper.append(transfer);
  document.body.append(wrapper);
  const unknown = await window.PayElements.load('pay-nothing').then(() => 'resolved', (error) => error.message);
  window.report({ elements: await Promise.all([voucher, transfer].map(window.describe)), unknown });
});
