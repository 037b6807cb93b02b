// The shop's own Lit element, loaded before pay-elements (a module: it runs first of the page's
// deferred scripts).
import { LitElement, html } from 'lit';

class ShopBadge extends LitElement {
  render() {
    return html`<span>Shop</span>`;
  }
}
customElements.define('shop-badge', ShopBadge);
document.body.append(document.createElement('shop-badge'));
window.shopLitFirst = !window.PayElements;
