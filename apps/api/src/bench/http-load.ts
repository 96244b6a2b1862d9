import { Agent, request } from 'node:http';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

export interface HttpLoad {
  /** The GraphQL endpoint. */
  url: string;
  query: string;
  /** One request each, in order: the bearer token and the variables. */
  requests: { token: string; variables: Record<string, unknown> }[];
  concurrency: number;
}

/** Requests per second, and each request's time in milliseconds (in the order they were sent). */
export interface HttpLoadResult {
  perSecond: number;
  times: number[];
}

/**
 * Sends the requests `concurrency` at a time from a thread of its own, as clients on other machines would, so
 * the server's event loop serves requests and does nothing else; resolves to requests per second and their times.
 * Any GraphQL error fails the run.
 */
export function httpLoad(load: HttpLoad): Promise<HttpLoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: load });
    worker.once('message', (message: { perSecond?: number; times?: number[]; error?: string }) =>
      message.error
        ? reject(new Error(message.error))
        : resolve({ perSecond: message.perSecond ?? 0, times: message.times ?? [] }),
    );
    worker.once('error', reject);
  });
}

/** One POST over a kept-alive connection; resolves to the response body. */
function post(agent: Agent, url: URL, headers: Record<string, string>, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function send(load: HttpLoad): Promise<HttpLoadResult> {
  const times: number[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: load.concurrency });
  const url = new URL(load.url);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: load.concurrency }, async () => {
      while (next < load.requests.length) {
        const { token, variables } = load.requests[next++];
        const sent = performance.now();
        const body = await post(
          agent,
          url,
          { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          JSON.stringify({ query: load.query, variables }),
        );
        times.push(performance.now() - sent);
        const { errors } = JSON.parse(body) as { errors?: unknown[] };
        if (errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(errors).slice(0, 500)}`);
      }
    }),
  );
  agent.destroy();
  return { perSecond: load.requests.length / ((performance.now() - started) / 1000), times };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  send(workerData as HttpLoad).then(
    ({ perSecond, times }) => port.postMessage({ perSecond, times }),
    (error: unknown) => port.postMessage({ error: String(error) }),
  );
}
