// Reference point for `npm run bench`: the cost of lit itself in a minimal element.
import { LitElement, html } from 'lit';
customElements.define('bench-lit-only', class extends LitElement { override render() { return html`<p>lit</p>`; } });
