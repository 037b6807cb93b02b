// A per-element file on a page without pay-elements.iife.js.
window.report({ defined: Boolean(customElements.get('pay-voucher-choice')), payElements: typeof window.PayElements });
