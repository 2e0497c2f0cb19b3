// A test-runner server command that brings the test page to the front:
// `executeServerCommand('bring-to-front')`. Test files run in parallel pages, and Chromium stops
// rendering a page in the background, so an IntersectionObserver there never reports.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function frontPlugin() {
  return {
    name: 'bring-to-front-command',
    async executeCommand({ command, session }) {
      if (command !== 'bring-to-front') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      await session.browser.getPage(session.id).bringToFront();
      return true;
    },
  };
}
