import { describe, expect, it } from 'vitest';
import { GdeltClient } from '../../../lib/adapters/news/gdelt-client';
import { RssClient } from '../../../lib/adapters/news/rss-client';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';

/** A response streamed in 64 KB chunks without a Content-Length: only reading tells its size. */
function streamed(totalBytes: number): Response {
  let sent = 0;
  const chunk = new Uint8Array(64 * 1024).fill(32);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return new Response(body, { status: 200 });
}

describe('news responses are capped and https only', () => {
  it('refuses an RSS body past 2 MB, declared or streamed, and reads a normal one', async () => {
    const declared = new RssClient({
      fetch: async () => new Response('x', { headers: { 'content-length': String(50 * 1024 * 1024) } }),
    });
    await expect(declared.feed('https://feeds.example.com/rss')).rejects.toMatchObject({
      code: 'news_unavailable',
      message: expect.stringContaining('larger than 2048 KB'),
    });
    const endless = new RssClient({ fetch: async () => streamed(10 * 1024 * 1024) });
    await expect(endless.feed('https://feeds.example.com/rss')).rejects.toMatchObject({
      message: expect.stringContaining('larger than 2048 KB'),
    });
    const fine = new RssClient({ fetch: async () => new Response(RSS) });
    await expect(fine.feed('https://feeds.example.com/rss')).resolves.toEqual([]);
  });

  it('never fetches a plain http feed or GDELT base', async () => {
    let fetched = 0;
    const fetch = async () => {
      fetched++;
      return new Response(RSS);
    };
    await expect(new RssClient({ fetch }).feed('http://feeds.example.com/rss')).rejects.toMatchObject({
      code: 'news_unavailable',
    });
    const gdelt = new GdeltClient({
      fetch,
      baseUrl: 'http://api.gdeltproject.org/api/v2/doc/doc',
      minIntervalMs: 0,
    });
    await expect(gdelt.articles({ query: 'fed' })).rejects.toMatchObject({ code: 'news_unavailable' });
    expect(fetched).toBe(0);
  });

  it('refuses a GDELT answer past the cap', async () => {
    const gdelt = new GdeltClient({ fetch: async () => streamed(3 * 1024 * 1024), minIntervalMs: 0 });
    await expect(gdelt.articles({ query: 'fed' })).rejects.toMatchObject({
      message: expect.stringContaining('larger than 2048 KB'),
    });
  });
});
