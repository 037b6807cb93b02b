// A server command that switches Chromium's forced-colours mode (Windows high contrast) for the
// test page, through the DevTools protocol's media emulation (@web/test-runner-commands'
// emulateMedia passes `forcedColors` to Playwright only, and Puppeteer's emulateMediaFeatures
// refuses the feature). `executeServerCommand('pay-forced-colors', { active })`.
export function forcedColorsPlugin() {
  // An emulation lasts as long as the protocol session that set it: one kept per test page.
  const sessions = new Map();
  return {
    name: 'pay-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'pay-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
        page.once('close', () => sessions.delete(page));
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : '' }] });
      return true;
    },
  };
}
