// After the shop's Lit (shop-lit.js) and pay-elements twice by script tag (another version), a
// third copy as ES modules (another bundle): the first definition of each tag wins.
// (No top-level await: the test server compiles modules for es2021.)
(async () => {
  const first = { api: window.PayElements, cardForm: customElements.get('pay-card-form') };
  await import('/src/define.ts');
  const cardForm = document.querySelector('pay-card-form');
  const voucher = document.querySelector('pay-voucher-choice');
  const described = await Promise.all([cardForm, voucher, document.querySelector('shop-badge')].map(window.describe));
  window.report({
    elements: described,
    shopLitFirst: window.shopLitFirst === true,
    firstKept: Boolean(first.api) && window.PayElements === first.api && customElements.get('pay-card-form') === first.cardForm,
    cardFormButton: cardForm.shadowRoot.querySelector('button')?.textContent.trim(),
  });
})();
