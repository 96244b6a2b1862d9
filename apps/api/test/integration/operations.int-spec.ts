import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/modules/user/user.entity.js';
import { signedIn } from '../factories/user.factory.js';
import { startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

describe('operating Byline', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'production', BYLINE_METRICS_TOKEN: 'metrics-token-for-the-tests' });
  });
  afterAll(() => app.close());

  it('answers liveness and readiness, the latter checking the database', async () => {
    const live = await fetch(`${app.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${app.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('exposes Prometheus metrics that count GraphQL operations and time HTTP requests', async () => {
    await app.gql('query Probe { __typename }');
    const metrics = await fetch(`${app.url}/metrics`, {
      headers: { authorization: 'Bearer metrics-token-for-the-tests' },
    });
    const text = await metrics.text();
    expect(text).toMatch(/byline_graphql_operations_total\{type="query",field="other",outcome="ok"\} [1-9]/);
    expect(text).toMatch(
      /byline_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} [1-9]/,
    );
    expect(text).toContain('byline_process_cpu_seconds_total');
  });

  it('tags every response with a request id, keeping a sane one the caller sent', async () => {
    const mine = await fetch(`${app.url}/health/live`, { headers: { 'x-request-id': 'trace-42' } });
    expect(mine.headers.get('x-request-id')).toBe('trace-42');
    const generated = await fetch(`${app.url}/health/live`, { headers: { 'x-request-id': 'bad id\twith spaces' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('in production hides the schema: no introspection, no field suggestions', async () => {
    const { token } = await signedIn(app, Role.ADMIN);
    const typo = await app.gql('{ viewr { id } }', {}, token);
    expect(typo.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const malformed = await app.gql('{ user(id: "not-an-id") { id } }', {}, token);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const introspection = await app.gql('{ __schema { types { name } } }', {}, token);
    expect(introspection.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
  });
});
