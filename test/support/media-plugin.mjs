// A test-runner server command that emulates CSS media features the built-in `emulateMedia` does
// not pass to Chrome through puppeteer, such as `forced-colors` (Windows high contrast):
// `executeServerCommand('media-features', [{ name: 'forced-colors', value: 'active' }])`.
// An empty list puts every feature back. Through the DevTools protocol directly: puppeteer's own
// `emulateMediaFeatures` refuses `forced-colors`.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function mediaFeaturesPlugin() {
  /** The protocol session holding each test page's emulation (it ends when the session does). */
  const sessions = new Map();
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error('media-features: needs Chrome through puppeteer');
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload });
      if (!payload.length) {
        sessions.delete(session.id);
        await cdp.detach();
      }
      return true;
    },
  };
}
