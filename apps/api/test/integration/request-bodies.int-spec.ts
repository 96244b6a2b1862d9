import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAX_JSON_DEPTH } from '../../src/core/http/json-body.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { signedIn } from '../factories/user.factory.js';
import { startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;

interface EarlyAnswer {
  status: number;
  body: { code?: string; maxBytes?: number };
  /** How much of the body had been sent when the answer arrived. */
  sentBytes: number;
}

/**
 * POSTs an import mutation whose body would be `totalBytes` long (declared, or chunked when `declare` is false),
 * sending it a chunk at a time and stopping as soon as the server answers.
 */
function sendLargeImport(url: string, totalBytes: number, headers: Record<string, string>, declare = true) {
  return new Promise<EarlyAnswer>((resolve, reject) => {
    const head = '{"query":"mutation($csv: String!) { importAccounts(csv: $csv) { created } }","variables":{"csv":"';
    const tail = '"}}';
    let sent = 0;
    let answered = false;
    const req = request(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(declare ? { 'content-length': String(totalBytes) } : {}),
        ...headers,
      },
    });
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const sentBytes = sent;
        req.destroy();
        resolve({
          status: res.statusCode ?? 0,
          body: JSON.parse(Buffer.concat(chunks).toString()) as EarlyAnswer['body'],
          sentBytes,
        });
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      if (answered) return;
      if (sent >= totalBytes) {
        req.end();
        return;
      }
      const chunk =
        sent === 0
          ? head + 'a'.repeat(CHUNK - head.length)
          : sent + CHUNK >= totalBytes
            ? 'a'.repeat(totalBytes - sent - tail.length) + tail
            : 'a'.repeat(CHUNK);
      sent += Buffer.byteLength(chunk);
      // Give the server a moment to answer before more is sent, as a slow client would.
      req.write(chunk, () => setTimeout(pump, 2));
    };
    pump();
  });
}

async function postJson(url: string, path: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const nested = (depth: number) =>
  `{"query":"{ __typename }","variables":{"v":${'['.repeat(depth)}${']'.repeat(depth)}}}`;

describe('request bodies', () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp({ BYLINE_WEBHOOK_SECRET: 'webhook-secret-for-tests' });
    admin = (await signedIn(app, Role.ADMIN)).token;
  });
  afterAll(() => app.close());

  it('refuses 20 MB from an anonymous or bad-token caller with 413 before reading the body', async () => {
    const callers: Record<string, string>[] = [{}, { authorization: 'Bearer not-a-valid-token' }];
    for (const headers of callers) {
      const answer = await sendLargeImport(app.url, 20 * MB, headers);
      expect(answer.status).toBe(413);
      expect(answer.body).toMatchObject({ code: 'BAD_USER_INPUT', maxBytes: 2 * MB });
      expect(answer.sentBytes).toBeLessThan(MB);
    }
  });

  it('stops reading a chunked anonymous body as soon as it passes 2 MB', async () => {
    const answer = await sendLargeImport(app.url, 20 * MB, {}, false);
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(answer.sentBytes).toBeLessThan(3 * MB);
  });

  it('reads a large import from a logged-in caller', async () => {
    const answer = await sendLargeImport(app.url, 3 * MB, { authorization: `Bearer ${admin}` });
    expect(answer.status).toBe(200);
    expect(answer.sentBytes).toBe(3 * MB);
  });

  it('never inflates a compressed body: a gzip bomb from a signed-in caller is refused as it is', async () => {
    // 50 MB of JSON in about 50 kB. Inflated, it would be read and parsed (or refused as too large, 413); as it is, it
    // is not JSON (400).
    const bomb = gzipSync(Buffer.from(`{"query":"{ __typename }","variables":{"v":"${'a'.repeat(50 * MB)}"}}`));
    expect(bomb.length).toBeLessThan(MB / 4);
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', authorization: `Bearer ${admin}` },
      body: bomb,
    });
    expect(res.status).toBe(400);
  });

  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels with 400 on every JSON route`, async () => {
    const ok = await postJson(app.url, '/graphql', nested(MAX_JSON_DEPTH - 2), { authorization: `Bearer ${admin}` });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ data: { __typename: 'Query' } });
    for (const path of ['/graphql', '/webhooks/crm/deals']) {
      const deep = await postJson(app.url, path, nested(MAX_JSON_DEPTH - 1));
      expect(deep).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', maxDepth: MAX_JSON_DEPTH } });
    }
    // Brackets inside strings are text, not nesting.
    const inText = await postJson(
      app.url,
      '/graphql',
      JSON.stringify({ query: '{ __typename }', variables: { v: '['.repeat(1000) + '\\"{'.repeat(100) } }),
      { authorization: `Bearer ${admin}` },
    );
    expect(inText.status).toBe(200);
  });

  // What the refusal costs against a flat body of the same size is measured by `npm run bench -- security`.
  it('refuses a 2 MB deeply nested body and serves a flat one of the same size', async () => {
    const size = 2 * MB - 1024;
    const depth = (size - 60) / 2;
    const deep = `{"query":"{ __typename }","variables":{"v":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const flat = JSON.stringify({ query: '{ __typename }', variables: { v: 'x'.repeat(deep.length - 45) } });
    expect((await postJson(app.url, '/graphql', deep)).status).toBe(400);
    expect((await postJson(app.url, '/graphql', flat)).status).toBe(200);
  });
});
