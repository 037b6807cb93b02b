// pay-voucher-choice.iife.js does not match the hash the main file has for it.
(async () => {
  const started = performance.now();
  const element = document.querySelector('pay-voucher-choice');
  const payError = await new Promise((resolve) => {
    const seen = () => window.captured.payErrors.find((e) => e.tag === 'pay-voucher-choice');
    if (seen()) return resolve(seen());
    element.addEventListener('pay-error', (e) => resolve(e.detail), { once: true });
    setTimeout(() => resolve(seen() ?? null), 8000);
  });
  const elapsedMs = performance.now() - started;
  const loadError = await window.PayElements.load('pay-voucher-choice').then(() => null, (error) => ({ code: error.code, message: error.message }));
  window.report({ payError, elapsedMs, loadError, defined: Boolean(customElements.get('pay-voucher-choice')) });
})();
