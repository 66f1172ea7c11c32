import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// The browser end-to-end tests. No webServer: each test starts its own core and browser-mode
// server in the test process (test/e2e/fixtures.ts), so tests never share a database.
const systemChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  workers: 2,
  fullyParallel: true,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test/artifacts/playwright',
  use: {
    headless: true,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            // Date and time inputs follow the browser's UI language: show 24.09.2015 and 10:00.
            '--lang=nb-NO',
          ],
        },
      },
    },
  ],
});
