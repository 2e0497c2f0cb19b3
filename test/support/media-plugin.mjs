// Test-runner server commands for reader settings that puppeteer's own emulation does not reach,
// through the DevTools protocol directly:
// - `executeServerCommand('media-features', [{ name: 'forced-colors', value: 'active' }])` emulates
//   CSS media features such as `forced-colors` (Windows high contrast), which puppeteer's
//   `emulateMediaFeatures` refuses. An empty list puts every feature back.
// - `executeServerCommand('font-size', 24)` sets the browser's default font size (the reader's
//   "font size" setting, what `medium` means); `16` is Chrome's own default.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function mediaFeaturesPlugin() {
  /** The protocol session of each test page (the emulation ends when the session does). */
  const sessions = new Map();
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features' && command !== 'font-size') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command}: needs Chrome through puppeteer`);
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      if (command === 'font-size') {
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: payload } });
        return true;
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}
