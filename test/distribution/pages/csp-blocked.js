// The page's CSP blocks the per-element files (and so the diagnostics file too).
(async () => {
  const started = performance.now();
  const element = document.querySelector('pay-voucher-choice');
  const payError = await new Promise((resolve) => {
    const seen = () => window.captured.payErrors.find((e) => e.tag === 'pay-voucher-choice');
    if (seen()) return resolve(seen());
    element.addEventListener('pay-error', (e) => resolve(e.detail), { once: true });
    setTimeout(() => resolve(seen() ?? null), 8000);
  });
  const diagnoseError = await window.PayElements.diagnose({ providers: ['glomo'] })
    .then(() => null, (error) => ({ code: error.code, message: error.message }));
  window.report({ payError, diagnoseError, elapsedMs: performance.now() - started });
})();
