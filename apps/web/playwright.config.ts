import { defineConfig } from '@playwright/test';
import { execSync } from 'node:child_process';

/** Debian's Chromium (Playwright cannot download its own browsers here); CHROMIUM_PATH overrides. */
const chromium =
  process.env.CHROMIUM_PATH ??
  execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' })
    .toString()
    .trim();

/**
 * Browser tests against the real platform: global setup creates and migrates a database of its
 * own, loads the demo data, and starts the built api (serving the built web app) and worker.
 */
export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/platform.setup.ts',
  outputDir: '../../test-results/web',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromium, args: ['--no-sandbox'] },
    baseURL: process.env.WEB_BASE_URL,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
