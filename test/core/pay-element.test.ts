import { expect, fixtureCleanup } from '@open-wc/testing';
import { html } from 'lit';
import { PayElement, defineElement } from '../../src/core/pay-element.js';
import { registerMessages } from '../../src/core/messages.js';
import { cardFormMessages } from '../../src/components/card-form/card-form.messages.js';

class LocaleProbe extends PayElement {
  // English and the merchant's registerMessages only: shipped translations are tested in test/core/locales.test.ts.
  protected static override messages = cardFormMessages;

  override render() {
    return html`<span>${this.t('card.submit')}</span>`;
  }
}
defineElement('test-locale-probe', LocaleProbe);

registerMessages('fr', { 'card.submit': 'Payer' });
registerMessages('de', { 'card.submit': 'Bezahlen' });

async function probeText(probe: LocaleProbe): Promise<string> {
  await probe.updateComplete;
  return probe.shadowRoot!.querySelector('span')!.textContent!;
}

describe('PayElement locale', () => {
  const originalLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = originalLang;
    document.body.replaceChildren();
    fixtureCleanup();
  });

  it('speaks the language of a lang attribute outside the shadow root it sits in', async () => {
    const host = document.createElement('div');
    host.setAttribute('lang', 'fr');
    document.body.append(host);
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
    const probe = inner.appendChild(new LocaleProbe());
    expect(await probeText(probe)).to.equal('Payer');
  });

  it('relabels itself when the page switches language at runtime', async () => {
    document.documentElement.lang = 'en';
    const probe = document.body.appendChild(new LocaleProbe());
    expect(await probeText(probe)).to.equal('Pay');
    document.documentElement.lang = 'de';
    await new Promise((resolve) => setTimeout(resolve));
    expect(await probeText(probe)).to.equal('Bezahlen');
  });

  it('treats en_US as en-US and an invalid tag as English instead of throwing', async () => {
    const wrapper = document.body.appendChild(document.createElement('div'));
    wrapper.setAttribute('lang', 'fr_FR');
    const probe = wrapper.appendChild(new LocaleProbe());
    expect(await probeText(probe)).to.equal('Payer');
    wrapper.setAttribute('lang', '12-not a tag!');
    await new Promise((resolve) => setTimeout(resolve));
    expect(await probeText(probe)).to.equal('Pay');
  });
});
