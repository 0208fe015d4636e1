// A scripted OpenAI-compatible server on loopback: real HTTP and the real chat-completions SSE
// chunk format, with the pauses, failures and hangs a test asks for. It records what it was
// asked and whether the client hung up before it finished.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Script {
  /** Text deltas to stream, in order. */
  chunks: string[];
  /** Wait before each chunk, in ms. */
  delayMs?: number;
  /** Wait before the first chunk instead (time to first token), in ms. */
  firstDelayMs?: number;
  /** Stop after this many chunks until `release()` is called. */
  holdAfter?: number;
  /** Answer the streaming call with this HTTP status instead. */
  failStatus?: number;
  /** Send headers, then nothing at all. */
  hang?: boolean;
  /** Send this many chunks, then break the connection. */
  dropAfter?: number;
  /** JSON text for non-streaming calls (follow-ups, routing). */
  jsonReply?: string;
}

export interface ScriptedModel {
  baseUrl: string;
  script: Script;
  requests: { stream: boolean; body: Record<string, unknown> }[];
  /** Resolves when a streaming response was closed by the client before it finished. */
  clientHungUp: Promise<void>;
  finishedStreams: number;
  release(): void;
  close(): Promise<void>;
}

/** The environment that points a server at the scripted model (add LLM_TIMEOUT_MS and such). */
export const scriptedModelEnv = (model: { baseUrl: string }) => ({
  LLM_PROVIDER: 'openai-compatible',
  LLM_BASE_URL: model.baseUrl,
  LLM_MODEL: 'scripted-model',
});

export const SCRIPTED_FOLLOW_UPS = [
  'How would you handle collisions?',
  'Which database would you choose?',
  'How would you implement rate limiting?',
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function chunkLine(id: string, delta: Record<string, unknown>, finish: string | null = null) {
  const body = {
    id,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model: 'scripted',
    choices: [{ index: 0, delta, finish_reason: finish }],
  };
  return `data: ${JSON.stringify(body)}\n\n`;
}

export async function startScriptedModel(initial: Script): Promise<ScriptedModel> {
  // Each streaming response waits on a gate of its own; release() opens the current one.
  let releaseGate: () => void = () => {};
  let gate = Promise.resolve();
  const armGate = () => {
    gate = new Promise<void>((r) => {
      releaseGate = r;
    });
  };
  let hungUp: () => void = () => {};
  const model: ScriptedModel = {
    baseUrl: '',
    script: initial,
    requests: [],
    clientHungUp: new Promise<void>((r) => {
      hungUp = r;
    }),
    finishedStreams: 0,
    release: () => releaseGate(),
    close: async () => {},
  };

  const server = http.createServer(async (req, res) => {
    let raw = '';
    for await (const part of req) raw += part;
    const body = JSON.parse(raw || '{}') as Record<string, unknown>;
    const stream = body.stream === true;
    model.requests.push({ stream, body });
    const script = model.script;

    if (!stream) {
      const content = script.jsonReply ?? JSON.stringify({ questions: SCRIPTED_FOLLOW_UPS });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'cmpl-json',
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: 'scripted',
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
      return;
    }
    if (script.failStatus) {
      res.writeHead(script.failStatus, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ error: { message: 'scripted upstream failure', type: 'server_error' } }),
      );
      return;
    }
    let finished = false;
    res.on('close', () => {
      if (!finished) hungUp();
    });
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.flushHeaders();
    if (script.hang) return;
    armGate();
    const id = 'chatcmpl-scripted';
    res.write(chunkLine(id, { role: 'assistant', content: '' }));
    for (let i = 0; i < script.chunks.length; i++) {
      if (script.holdAfter !== undefined && i === script.holdAfter) await gate;
      if (script.dropAfter !== undefined && i === script.dropAfter) {
        await sleep(100); // let the chunks already written reach the client first
        res.socket?.destroy();
        return;
      }
      const wait =
        i === 0 && script.firstDelayMs !== undefined ? script.firstDelayMs : script.delayMs;
      if (wait) await sleep(wait);
      if (res.destroyed) return;
      res.write(chunkLine(id, { content: script.chunks[i] }));
    }
    res.write(chunkLine(id, {}, 'stop'));
    res.write('data: [DONE]\n\n');
    finished = true;
    model.finishedStreams++;
    res.end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  model.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  model.close = async () => {
    releaseGate();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  };
  return model;
}
