// Stop in the browser must reach the model: the browser drops the stream, the server sees the
// disconnect and aborts its request to the model. A model that sends one token and then waits
// forever shows it: its connection closes only if the server hung up on it.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/** An OpenAI-compatible endpoint that streams one token, then holds the response open. */
async function startStalledModel() {
  let closed: () => void = () => {};
  const hungUp = new Promise<void>((resolve) => {
    closed = resolve;
  });
  const server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const chunk = {
      id: 'stalled',
      object: 'chat.completion.chunk',
      created: 0,
      model: 'stalled',
      choices: [
        {
          index: 0,
          delta: { role: 'assistant', content: 'Thinking about it' },
          finish_reason: null,
        },
      ],
    };
    res.write(`data: ${JSON.stringify(chunk)}\n\n`);
    res.on('close', () => closed());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    hungUp,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

describe('stopping an answer', () => {
  let browser: Browser;
  let model: Awaited<ReturnType<typeof startStalledModel>>;
  let app: RunningServer;
  beforeAll(async () => {
    model = await startStalledModel();
    app = await startServer({
      LLM_PROVIDER: 'openai-compatible',
      LLM_BASE_URL: model.baseUrl,
      LLM_MODEL: 'stalled',
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    model?.close();
  });

  it('closes the model request on the server when Stop is clicked mid-answer', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${app.baseUrl}/room`);
    await page.getByTestId('question-input').fill('How would you design a URL shortening service?');
    await page.getByTestId('ask-button').click();
    await expect
      .poll(() => page.getByTestId('answer').first().textContent())
      .toContain('Thinking about it');
    await page.getByTestId('stop-button').click();
    await page.getByText('Stopped.').waitFor();
    await expect(model.hungUp).resolves.toBeUndefined();
    expect(problems).toEqual([]);
  });
});
