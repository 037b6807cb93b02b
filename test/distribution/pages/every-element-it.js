// Every element in an Italian page: what each shows once the Italian files have arrived, and which files came.
(async () => {
  const text = (tag, selector) => document.querySelector(tag)?.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? null;
  const started = Date.now();
  // The English label gives way to the Italian one once pay-locales.iife.js and pay-locale-it.iife.js have run.
  while (text('pay-card-form', 'label[for="number"]') === 'Card number' && Date.now() - started < 6000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await Promise.all([...document.querySelectorAll('*')].filter((el) => el.updateComplete).map((el) => el.updateComplete));
  const report = await window.PayElements.diagnose({ providers: ['glomo'], locale: 'it' });
  window.report({
    cardNumberLabel: text('pay-card-form', 'label[for="number"]'),
    mbwayButton: text('pay-mbway', 'button'),
    coopMessage: report.checks.find((check) => check.id === 'coop')?.message ?? null,
    files: performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()).filter((name) => name.startsWith('pay-locale')).sort(),
  });
})();
