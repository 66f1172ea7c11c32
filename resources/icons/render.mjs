// Renders resources/icon.svg to PNGs with the Chromium that Playwright uses here:
// resources/icon.png (512×512, for electron-builder and the window) and resources/icons/NxN.png
// (the sizes Linux desktops look for). Run: node resources/icons/render.mjs
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.dirname(new URL(import.meta.url).pathname);
const svg = readFileSync(path.join(dir, '..', 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`,
    );
    const shot = { omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } };
    await page.screenshot({ ...shot, path: path.join(dir, `${size}x${size}.png`) });
    if (size === 512) await page.screenshot({ ...shot, path: path.join(dir, '..', 'icon.png') });
    await page.close();
  }
} finally {
  await browser.close();
}
