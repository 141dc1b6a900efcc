/**
 * The HTML coverage report in a real, headless browser (Chromium through puppeteer-core): it loads with no
 * console error and no network request, the section summary and a failing object are visible, and it
 * prints. A screenshot is kept as a test artifact (artifacts/coverage-report.png, or $PCI_LINT_ARTIFACTS).
 * .ci/run installs Debian's chromium when it is missing; the test skips, saying why, only where no browser
 * can be found.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { ROOT, runCli } from '../cli/helpers.js';

const CANDIDATES = [process.env.PCI_LINT_BROWSER, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const browserPath = CANDIDATES.find((p): p is string => p !== undefined && p !== '' && existsSync(p));
if (!browserPath) console.warn('html-browser.test.ts skipped: no Chromium found (set PCI_LINT_BROWSER, or run .ci/run, which installs Debian\'s chromium)');

const scratch = mkdtempSync(path.join(tmpdir(), 'pci-lint-browser-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(!browserPath)('HTML coverage report in Chromium', () => {
  it('loads without console errors or network requests; the section summary and a failing object are visible; it prints', async () => {
    writeFileSync(
      path.join(scratch, 'kubeadm.yaml'),
      'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nkubernetesVersion: v1.33.2\napiServer:\n  extraArgs:\n    token-auth-file: /etc/kubernetes/tokens.csv\n',
    );
    writeFileSync(path.join(scratch, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "<b>web</b>"\nspec:\n  containers:\n    - name: app\n      image: nginx:1.25\n      securityContext: { privileged: true }\n');
    const { stdout, code } = await runCli(['-f', 'html', '--no-config', '-o', 'report.html', '.'], { cwd: scratch, registry: builtinRules });
    expect(stdout).toBe('');
    expect(code).toBe(1);
    const file = path.join(scratch, 'report.html');

    const { launch } = await import('puppeteer-core');
    const browser = await launch({ executablePath: browserPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      const page = await browser.newPage();
      const consoleErrors: string[] = [];
      const requests: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(String(error)));
      page.on('request', (request) => {
        if (request.url() !== pathToFileURL(file).href) requests.push(request.url());
      });
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

      // In-page code is passed as text: the test is compiled without the DOM library.
      const inPage = async <T>(code: string): Promise<T> => (await page.evaluate(code)) as T;
      const visible = (selector: string) =>
        inPage<boolean>(`(() => {
          const element = document.querySelector(${JSON.stringify(selector)});
          if (!element) return false;
          const box = element.getBoundingClientRect();
          const style = getComputedStyle(element);
          return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
        })()`);
      expect(await visible('#summary')).toBe(true);
      expect(await visible('svg.chart')).toBe(true);
      const sectionRows = await inPage<string[]>(`[...document.querySelectorAll('svg.chart text')].map((t) => t.textContent)`);
      expect(sectionRows).toContain('1. Authentication');
      // The failing object: the token file flag of the kubeadm configuration, with its location.
      const failing = await inPage<{ text: string; shown: boolean }[]>(
        `[...document.querySelectorAll('#item-1\\\\.4 a.mono')].map((a) => ({ text: a.textContent, shown: a.getBoundingClientRect().height > 0 }))`,
      );
      expect(failing).toContainEqual({ text: 'kubeadm.yaml:6:5', shown: true });
      // User text is text, not markup.
      expect(await inPage<number>(`document.querySelectorAll('b').length`)).toBe(0);
      expect(await inPage<string>('document.body.innerText')).toContain('Pod <b>web</b>');

      const artifacts = process.env.PCI_LINT_ARTIFACTS ?? path.join(ROOT, 'artifacts');
      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: path.join(artifacts, 'coverage-report.png'), fullPage: false });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.length).toBeGreaterThan(10_000);

      expect(consoleErrors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
