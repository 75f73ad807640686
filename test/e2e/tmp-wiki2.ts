import { firefox } from './adapters/firefox';
import { startServer } from './server';
import { startProxyLog, takeSnapshot, initObservers, sleep } from './realpages-lib';
(async () => {
  const server = await startServer();
  const proxy = await startProxyLog();
  const s = await firefox.launch({ extension: false, proxyPort: proxy.port, viewport: { width: 1280, height: 800 } });
  const snaps: any[] = [];
  for (let k = 0; k < 4; k++) {
    const page = await s.newPage();
    await page.addInitScript(initObservers);
    await page.goto(`${server.origin}/readability/wikipedia-2/`, { waitUntil: 'load' });
    await sleep(3000);
    const snap = await page.evaluate(takeSnapshot);
    const info = await page.evaluate(() => { const all = document.querySelectorAll('body *'); const step = Math.max(1, Math.floor(all.length / 400)); const el = all[306 * step]; const r = el.getBoundingClientRect(); let prev = ''; const out: string[] = []; for (let i = 0; i < all.length; i += step) { const rr = all[i].getBoundingClientRect(); out.push(`${i / step} ${all[i].tagName} ${Math.round(rr.y)} ${Math.round(rr.height)}`); } return { tag: el.tagName, cls: el.className, id: el.id, y: r.y, list: out }; });
    console.log(k, snap.scroll, info.tag, info.cls, info.id, info.y);
    snaps.push(info.list);
    await page.close();
  }
  for (let i = 0; i < snaps[0].length; i++) { const vals = snaps.map((x) => x[i]); if (new Set(vals).size > 1) { console.log('first diff', i, vals); break; } }
  await s.close(); await server.close(); await proxy.close?.();
  process.exit(0);
})();
