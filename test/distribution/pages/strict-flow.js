// The strict-CSP shop page's probe (test/support/strict-flow-pages-plugin.mjs), after capture.js:
// records every pay-* event the page's elements fire, in order, for the test to read.
window.captured.events = [];
for (const type of ['pay-pending', 'pay-redirect', 'pay-success', 'pay-failure', 'pay-cancel', 'pay-error']) {
  document.addEventListener(type, (event) => window.captured.events.push({ type, tag: event.target.localName, detail: event.detail }));
}
