/** The system Chromium for end-to-end tests: found and launched headless, with no network, as reports print with it. */
export { chromiumFlags, findChromium, launchChromium } from '../../../electron/chromium';
