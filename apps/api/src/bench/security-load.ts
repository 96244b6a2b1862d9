import { Agent, request } from 'node:http';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

export interface SecurityLoad {
  /** The server's base URL (loopback). */
  url: string;
  /** A valid bearer token for the clean requests. */
  token: string;
  /** Clean requests to send and time. */
  clean: number;
  /** After how many clean requests one hostile request goes out; 0 for none. */
  hostileEvery: number;
  concurrency: number;
}

const MB = 1024 * 1024;
const CLEAN = JSON.stringify({ query: '{ viewer { id name role } }' });

/** Sends a clean and hostile mix from a thread of its own; resolves to the clean requests' latencies in ms. */
export function securityLoad(load: SecurityLoad): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: load });
    worker.once('message', (message: { latencies?: number[]; error?: string }) =>
      message.error ? reject(new Error(message.error)) : resolve(message.latencies ?? []),
    );
    worker.once('error', reject);
  });
}

interface Sent {
  status: number;
}

/**
 * One POST; `declared` claims a longer body than is sent, and only `body` goes out before the answer. Large bodies
 * are encoded once, ahead of time, so the load thread spends its time sending, not re-encoding: on a machine the
 * server shares, the client's own work would otherwise be counted as the server's.
 */
function post(
  url: URL,
  agent: Agent | false,
  headers: Record<string, string>,
  body: string | Buffer,
  declared?: number,
) {
  return new Promise<Sent>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': declared ?? Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          if (declared !== undefined) req.destroy();
          resolve({ status: res.statusCode ?? 0 });
        });
      },
    );
    req.on('error', (error) => (declared !== undefined ? resolve({ status: 0 }) : reject(error)));
    if (declared === undefined) req.end(body);
    else req.write(body);
  });
}

/** The hostile requests, in turn: bad token, an oversized anonymous body, a deeply nested body, a deep query, a wrong password. */
export function hostileKinds(url: URL, agent: Agent) {
  const nestedDepth = MB - 64;
  const nested = Buffer.from(
    `{"query":"{ __typename }","variables":{"v":${'['.repeat(nestedDepth)}${']'.repeat(nestedDepth)}}}`,
  );
  const oversizedStart = Buffer.from('x'.repeat(64 * 1024));
  let selection = 'id';
  for (let i = 0; i < 30; i++) selection = `${i % 2 ? 'team' : 'managers'} { ${selection} }`;
  const deepQuery = JSON.stringify({ query: `{ viewer { ${selection} } }` });
  const wrongPassword = (i: number) =>
    JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: `bench1-1@bench.byline`, p: `guess-${i}` },
    });
  return {
    'bad token': () => post(url, agent, { authorization: 'Bearer not.a.token' }, CLEAN),
    '20 MB anonymous': () => post(url, false, {}, oversizedStart, 20 * MB),
    // Refused at the chunk that passes the depth limit: the server answers and closes while the rest is still being
    // written, so the client may see its write fail.
    '2 MB nested': () => post(url, false, {}, nested).catch(() => ({ status: 400 })),
    'deep query': () => post(url, agent, {}, deepQuery),
    'wrong password': (i: number) => post(url, agent, {}, wrongPassword(i)),
  };
}

async function send(load: SecurityLoad): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: load.concurrency * 2 });
  const url = new URL('/graphql', load.url);
  const hostile = Object.values(hostileKinds(url, agent));
  const latencies: number[] = [];
  let next = 0;
  let hostileSent = 0;
  await Promise.all(
    Array.from({ length: load.concurrency }, async () => {
      while (next < load.clean) {
        const i = next++;
        if (load.hostileEvery && i % load.hostileEvery === load.hostileEvery - 1) {
          const n = hostileSent++;
          await hostile[n % hostile.length](n);
        }
        const started = performance.now();
        const { status } = await post(url, agent, { authorization: `Bearer ${load.token}` }, CLEAN);
        if (status !== 200) throw new Error(`A clean request got ${status}`);
        latencies.push(performance.now() - started);
      }
    }),
  );
  agent.destroy();
  return latencies;
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  send(workerData as SecurityLoad).then(
    (latencies) => port.postMessage({ latencies }),
    (error: unknown) => port.postMessage({ error: String(error) }),
  );
}
