// Loaded first by every test page: records what the page's own probe reports at the end.
window.captured = { errors: [], warnings: [], violations: [], uncaught: [], payErrors: [] };
for (const level of ['error', 'warn']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    window.captured[level === 'error' ? 'errors' : 'warnings'].push(args.map(String).join(' '));
    original(...args);
  };
}
document.addEventListener('securitypolicyviolation', (e) => window.captured.violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
window.addEventListener('error', (e) => window.captured.uncaught.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.captured.uncaught.push(String(e.reason)));
document.addEventListener('pay-error', (e) => window.captured.payErrors.push({ tag: e.target.localName, ...e.detail }));

/** Resolves true once `tag` is defined, false after `ms`. */
window.definedWithin = (tag, ms = 5000) =>
  Promise.race([customElements.whenDefined(tag).then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), ms))]);

/** What a shopper would see of an element: upgraded, and something rendered in its shadow root. */
window.describe = async (element) => {
  const defined = await window.definedWithin(element.localName);
  if (defined) await element.updateComplete;
  return {
    tag: element.localName,
    upgraded: defined && element instanceof customElements.get(element.localName),
    rendered: Boolean(element.shadowRoot?.querySelector('*')),
  };
};

window.report = (result) => parent.postMessage({ type: 'page-result', ...result, captured: window.captured }, '*');
