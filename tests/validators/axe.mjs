// Runs axe-core (WCAG 2.1 A/AA and best practices) on each HTML file in headless Chromium.
// Usage: node axe.mjs FILE.html...   Exit code 1 when any violation is found.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
let failures = 0;
try {
  for (const file of process.argv.slice(2)) {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(pathToFileURL(file).href);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }));
    for (const violation of result.violations) {
      failures += 1;
      console.log(`${file}: ${violation.id} (${violation.impact}): ${violation.help}`);
      for (const node of violation.nodes.slice(0, 3)) console.log(`    ${node.target.join(" ")}`);
    }
    console.log(`${file}: ${result.violations.length} axe violations, ${result.passes.length} rules passed`);
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
