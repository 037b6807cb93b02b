import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as z from 'zod/mini';
import { openIframeModal } from '../../src/flows/iframe-modal.js';
import { deepActive, fixture, loadedFrame, providerOrigin, settlesWithin, shadowHost, sleep } from './flows-harness.js';

/**
 * The focused element as text: a failing chai assertion that prints a DOM element (of a frame
 * being removed) can hang web-test-runner, so focus is compared as a boolean and named by this.
 */
const describeActive = (): string => {
  const active = deepActive() as Element | null;
  return active ? `<${active.localName}${active.getAttribute('part') ? ` part="${active.getAttribute('part')}"` : ''}>` : 'nothing';
};

/** Waits (up to 2 s) for focus on `element`; fails naming where focus is instead. */
async function focusOn(element: Element | null, what: string): Promise<void> {
  await waitUntil(() => deepActive() === element, what, { timeout: 2000 }).catch(() => {
    throw new Error(`${what}: focus is on ${describeActive()} instead`);
  });
}

const resultSchema = z.object({ type: z.literal('3ds-result'), status: z.enum(['success', 'failed']) });
const valid = { type: '3ds-result', status: 'success' };

/** Opens the modal from a focused "Pay" button, as an element would on submit. */
async function openFromButton() {
  const { host, root } = shadowHost();
  const opener = document.createElement('button');
  opener.textContent = 'Pay';
  root.append(opener);
  opener.focus();
  const modal = openIframeModal({ container: root, url: fixture('frame.html', providerOrigin), schema: resultSchema, title: 'Verify your card' });
  await new Promise((resolve) => modal.iframe.addEventListener('load', resolve, { once: true }));
  return { host, root, opener, modal };
}

describe('iframe modal', () => {
  afterEach(() => {
    for (const el of document.body.querySelectorAll('div, iframe')) el.remove();
  });

  it('renders a modal dialog with its title, a close button and the provider frame, themeable by --pay-* and parts', async () => {
    const { host, root, modal } = await openFromButton();
    host.style.setProperty('--pay-modal-background', 'rgb(1, 2, 3)');
    expect(modal.dialog.open).to.equal(true);
    expect(modal.dialog.matches(':modal')).to.equal(true);
    expect(root.querySelector('[part="modal-title"]')!.textContent).to.equal('Verify your card');
    expect(modal.dialog.getAttribute('aria-labelledby')).to.equal(root.querySelector('[part="modal-title"]')!.id);
    expect(root.querySelector('[part="modal-close"]')!.textContent).to.equal('Close');
    expect(modal.iframe.getAttribute('part')).to.equal('modal-frame');
    expect(getComputedStyle(modal.dialog).backgroundColor).to.equal('rgb(1, 2, 3)');
    await focusOn(root.querySelector('[part="modal-close"]'), 'focus starts on the close button');
    modal.close();
  });

  it('keeps focus inside with real Tab and Shift+Tab, through the cross-origin frame', async () => {
    const { root, modal } = await openFromButton();
    const close = root.querySelector('[part="modal-close"]');
    await focusOn(close, 'focus on the close button');
    await sendKeys({ press: 'Tab' });
    await focusOn(modal.iframe, 'Tab from the close button enters the frame');
    await sendKeys({ press: 'Tab' });
    await focusOn(close, 'Tab out of the frame wraps to the close button');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await focusOn(modal.iframe, 'Shift+Tab from the close button wraps to the frame');
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      expect([close, modal.iframe].includes(deepActive() as HTMLElement), `focus on ${describeActive()}`).to.equal(true);
    }
    modal.close();
  });

  it('Escape cancels, removes the dialog and returns focus to the opener', async () => {
    const { root, opener, modal } = await openFromButton();
    await sendKeys({ press: 'Escape' });
    expect(await modal.outcome).to.deep.equal({ kind: 'cancel', reason: 'escape' });
    expect(root.querySelector('dialog')).to.equal(null);
    await focusOn(opener, 'focus back on the opener');
  });

  it('the close button (pressed by keyboard) cancels and returns focus', async () => {
    const { opener, modal } = await openFromButton();
    await sendKeys({ press: 'Enter' });
    expect(await modal.outcome).to.deep.equal({ kind: 'cancel', reason: 'close-button' });
    await focusOn(opener, 'focus back on the opener');
  });

  it('accepts a valid message from its own frame on the provider origin', async () => {
    const { opener, modal } = await openFromButton();
    modal.iframe.contentWindow!.postMessage({ cmd: 'send', data: valid }, '*');
    expect(await modal.outcome).to.deep.equal({ kind: 'result', value: valid });
    await focusOn(opener, 'focus back on the opener');
  });

  it('ignores a valid message from a foreign origin and from another frame of the provider origin', async () => {
    const { modal } = await openFromButton();
    window.postMessage(valid, '*'); // this page: wrong origin
    const sameOriginFrame = await loadedFrame(fixture('frame.html')); // localhost: wrong origin
    sameOriginFrame.contentWindow!.postMessage({ cmd: 'send', data: valid }, '*');
    const impostor = await loadedFrame(fixture('frame.html', providerOrigin)); // right origin, another window
    impostor.contentWindow!.postMessage({ cmd: 'send', data: valid }, '*');
    expect(await settlesWithin(modal.outcome, 400)).to.equal(false);
    modal.iframe.contentWindow!.postMessage({ cmd: 'send', data: { ...valid, status: 'failed' } }, '*');
    expect(await modal.outcome).to.deep.equal({ kind: 'result', value: { type: '3ds-result', status: 'failed' } });
  });

  it('ends with invalid_response when its own frame sends a malformed message', async () => {
    const { modal } = await openFromButton();
    modal.iframe.contentWindow!.postMessage({ cmd: 'send', data: { type: '3ds-result', status: 'paid' } }, '*');
    const outcome = await modal.outcome;
    expect(outcome.kind === 'error' && outcome.error.code).to.equal('invalid_response');
  });

  it('closes on abort and on close(), exactly once', async () => {
    const controller = new AbortController();
    const { root } = shadowHost();
    const modal = openIframeModal({ container: root, url: fixture('frame.html', providerOrigin), signal: controller.signal });
    controller.abort();
    expect(await modal.outcome).to.deep.equal({ kind: 'cancel', reason: 'aborted' });
    modal.close();
    await sleep(10);
    expect(root.querySelector('dialog')).to.equal(null);
    expect(await modal.outcome).to.deep.equal({ kind: 'cancel', reason: 'aborted' });
  });

  it('speaks the given locale through the catalog', async () => {
    const { registerMessages } = await import('../../src/core/messages.js');
    registerMessages('pt', { 'flows.modal.close': 'Fechar', 'flows.modal.title': 'Confirme o pagamento' });
    const { root } = shadowHost();
    const modal = openIframeModal({ container: root, url: fixture('frame.html', providerOrigin), locale: 'pt-PT' });
    expect(root.querySelector('[part="modal-close"]')!.textContent).to.equal('Fechar');
    expect(root.querySelector('[part="modal-title"]')!.textContent).to.equal('Confirme o pagamento');
    modal.close();
  });
});
