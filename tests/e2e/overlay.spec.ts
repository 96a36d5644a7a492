import { expect, test } from './extension-fixture';
import { ContentScriptWorld, clickInOverlay } from './overlay-probe';
import { seedStore } from './seed';
import { shot } from './shots';

const page = (
  dark: boolean,
) => `<!doctype html><html class="${dark ? 'dark' : ''}"><head><meta charset="utf-8">
<style>body{font-family:sans-serif;margin:0;padding:24px;background:${dark ? '#1d2b39' : '#fff'};color:${dark ? '#fff' : '#111'}}
.row{display:flex;gap:24px}.left{flex:1}.panel{width:320px;height:220px;border:1px solid #888;border-radius:12px;padding:12px}</style></head>
<body><div class="row"><div class="left"><h1 id="title">Will the Fed cut rates in December?</h1><p id="below">Yes 52¢ · No 49¢</p>
<a href="/event/other/market-2" id="nav">Next market</a></div><div class="panel" id="trade">Trade panel</div></div>
<script>document.getElementById('nav').addEventListener('click',e=>{e.preventDefault();history.pushState({},'', '/event/event-2/market-2');
document.getElementById('title').replaceWith(Object.assign(document.createElement('h1'),{id:'title',textContent:'Bitcoin above $100,000?'}));});</script>
</body></html>`;

for (const dark of [false, true]) {
  test(`the overlay shows the score, factors and position without moving the page (${dark ? 'dark' : 'light'})`, async ({
    context,
    extensionId,
  }) => {
    await seedStore(context, extensionId);
    await context.route('https://polymarket.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: page(dark) }),
    );
    const tab = await context.newPage();
    await tab.setViewportSize({ width: 1000, height: 420 });
    await tab.goto('https://polymarket.com/event/event-1/market-1');
    const below = await tab.locator('#below').boundingBox();
    // The overlay's shadow root is closed: the content script's world reads it (overlay-probe.ts).
    const cs = await ContentScriptWorld.attach(tab, extensionId);
    const badge = '[data-testid="equilibrage-overlay"]';
    await expect.poll(() => cs.overlayText(badge)).toContain('9/10');
    expect(await cs.overlayText(badge)).toContain('PAPER');
    // Its accessible name (its aria-label: no labelledby) starts with what it shows (label in name).
    expect(
      await cs.evaluate<string>(
        `chrome.dom.openOrClosedShadowRoot(document.querySelector('equilibrage-overlay')).querySelector(${JSON.stringify(badge)}).getAttribute('aria-label')`,
      ),
    ).toBe('Equilibrage PAPER 9/10 position: score and details for this market');
    // The host takes no room: the line under the title did not move.
    expect(await tab.locator('#below').boundingBox()).toEqual(below);

    await clickInOverlay(tab, cs, badge);
    const details = '[role="dialog"]';
    await expect.poll(() => cs.overlayText(details)).toContain('Liquidity');
    expect(await cs.overlayText(details)).toContain('Whale activity');
    const trade = await tab.locator('#trade').boundingBox();
    const pop = await cs.evaluate<{ x: number; width: number }>(
      `chrome.dom.openOrClosedShadowRoot(document.querySelector('equilibrage-overlay')).querySelector('[role="dialog"]').getBoundingClientRect().toJSON()`,
    );
    expect(trade && pop.x + pop.width <= trade.x).toBe(true);
    await tab.screenshot({ path: shot(`overlay-${dark ? 'dark' : 'light'}`) });

    await tab.keyboard.press('Escape');
    await expect.poll(() => cs.overlayText(details)).toBe('');
    // Client-side navigation and a re-rendered title: the badge follows.
    await tab.locator('#nav').click();
    await expect.poll(() => cs.overlayText(badge)).toContain('8/10');
  });
}
