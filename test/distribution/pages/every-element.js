// Every element in the page's HTML: the card form is in the main file, the others load on demand.
(async () => {
  const elements = [...document.body.querySelectorAll('*')].filter((el) => el.localName.startsWith('pay-'));
  const described = await Promise.all(elements.map(window.describe));
  window.report({
    elements: described,
    classes: Object.fromEntries(elements.map(({ localName }) => {
      const name = localName.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
      return [localName, window.PayElements[name] === customElements.get(localName)];
    })),
  });
})();
