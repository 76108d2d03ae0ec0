import { startSharedWorld } from './shared/world';
import { ADMIN_TOKEN } from './harness/world';
const world = await startSharedWorld('firefox');
const step = async (name: string, f: () => Promise<unknown>) => { try { console.log(name, await f()); } catch (e) { console.log(name, 'ERR', (e as Error).message.slice(0, 300)); } };
try {
  const o = await world.driver.openExtensionPage('options.html');
  await step('vis textbox', () => o.isVisible({ role: 'textbox', name: 'API URL' }));
  await step('vis any', () => o.evaluate(() => [...document.querySelectorAll('input')].map((i) => i.id + ':' + i.type + ':' + i.getAttribute('aria-label')), 0));
  await step('fill', () => o.fill('API URL', world.api.url));
  await step('fill2', () => o.fill('API token', ADMIN_TOKEN));
  await step('click', () => o.click({ role: 'button', name: 'Connect' }));
  await step('wait', () => o.waitFor({ text: 'Connected to Acme' }));
  await step('body', () => o.evaluate(() => document.body.innerText.slice(0, 600), 0));
  const p = await world.driver.newPage();
  await p.goto('https://github.com/OctoLinker/testrepo/issues/2');
  const sb = await p.sidebar();
  await new Promise((r) => setTimeout(r, 4000));
  await step('sb', () => sb.evaluate(() => document.body.innerText.slice(0, 900), 0));
  await step('sblist', () => sb.isVisible({ role: 'list', name: 'Why this ticket matters' }));
  await step('sbol', () => sb.evaluate(() => document.querySelector('ol')?.outerHTML.slice(0, 300), 0));
  await step('errors', async () => p.errors);
} finally { await world.close(); }
