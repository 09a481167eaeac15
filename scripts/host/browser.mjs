// Headless Debian Chromium through playwright-core, and the workbench URL with a test payload.
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './config.mjs';

export { workbenchUrl } from './urls.mjs';

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Runs extension tests in a page: resolves with the code the workbench passes to
 * window.codeAutomationExit(code) when the tests are done. Console lines containing `marker` are
 * printed without it (the rest only when verbose).
 */
export async function runExtensionTests(browser, url, { marker, verbose = false, timeoutMs }) {
  const page = await browser.newPage();
  let resolveExit;
  const exited = new Promise((resolve) => (resolveExit = resolve));
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  page.on('console', (message) => {
    const text = message.text();
    const at = text.indexOf(marker);
    if (at >= 0) console.log(text.slice(at + marker.length));
    else if (verbose) console.error(`[browser] ${text}`);
  });
  page.on('pageerror', (error) => verbose && console.error(`[page error] ${error.message}`));
  await page.goto(url);
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => {
      console.error(`no test result after ${timeoutMs / 1000} s`);
      resolve(1);
    }, timeoutMs);
  });
  try {
    return await Promise.race([exited, timeout]);
  } finally {
    clearTimeout(timer);
    await page.close().catch(() => {});
  }
}
