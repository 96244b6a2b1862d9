// A stand-in CRM for developing and testing Byline's deal panel: a deal record page, served from its own origin,
// with the panel in a 360 px sidebar frame, as Salesforce, HubSpot or Dynamics would show it. Its server signs the
// panel's token (JWS, HS256 with BYLINE_EMBED_SECRET) for the user and deal the query string names.
//
//   BYLINE_EMBED_SECRET=... node apps/web/crm-host/server.mjs
//   open http://127.0.0.1:3100/?user=carol.jensen@byline.demo&deal=DEMO-1102
//
// Environment: BYLINE_EMBED_SECRET (required), BYLINE_URL (default http://localhost:3000), CRM_HOST_PORT (3100),
// CRM_HOST_USER and CRM_HOST_DEAL (the defaults of ?user= and ?deal=). Byline must list this origin in
// BYLINE_EMBED_ORIGINS (http://127.0.0.1:3100).
import { createHmac, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

const secret = process.env.BYLINE_EMBED_SECRET;
if (!secret || secret.length < 32) {
  console.error('Set BYLINE_EMBED_SECRET (at least 32 characters), the same as the Byline server has.');
  process.exit(1);
}
const bylineUrl = (process.env.BYLINE_URL || 'http://localhost:3000').replace(/\/+$/, '');
const port = Number(process.env.CRM_HOST_PORT || 3100);
const defaultUser = process.env.CRM_HOST_USER || 'carol.jensen@byline.demo';
const defaultDeal = process.env.CRM_HOST_DEAL || 'DEMO-1102';

const base64url = (value) => Buffer.from(value).toString('base64url');

/** The panel's token: who is looking, at which deal; valid for two minutes and accepted once (its jti). */
function signEmbedToken({ email, crmId, secret: key, lifetimeSeconds = 120 }) {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const claims = base64url(
    JSON.stringify({
      sub: email,
      deal: crmId,
      aud: 'byline-embed',
      iat: now,
      exp: now + lifetimeSeconds,
      jti: randomUUID(),
    }),
  );
  const signature = createHmac('sha256', key).update(`${header}.${claims}`).digest('base64url');
  return `${header}.${claims}.${signature}`;
}

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function page({ user, deal }) {
  const token = signEmbedToken({ email: user, crmId: deal, secret });
  const panel = `${bylineUrl}/embed/deals/${encodeURIComponent(deal)}?token=${encodeURIComponent(token)}`;
  const field = (label, value) => `<div class="field"><span>${label}</span><strong>${value}</strong></div>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Opportunity ${escape(deal)} · Example CRM</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2937; background: #eef1f5; }
  header { display: flex; align-items: center; gap: 16px; padding: 0 20px; height: 48px; background: #0b3d66; color: #fff; }
  header b { font-size: 16px; letter-spacing: .02em; }
  header nav { display: flex; gap: 14px; opacity: .85; font-size: 13px; }
  main { display: flex; gap: 16px; padding: 16px; align-items: flex-start; }
  .record { flex: 1; min-width: 0; display: grid; gap: 16px; }
  .card { background: #fff; border: 1px solid #d8dde6; border-radius: 6px; padding: 16px; }
  .card h1 { margin: 0 0 4px; font-size: 20px; }
  .card h2 { margin: 0 0 12px; font-size: 14px; text-transform: uppercase; letter-spacing: .05em; color: #64748b; }
  .kicker { color: #64748b; font-size: 12px; text-transform: uppercase; letter-spacing: .06em; }
  .fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 12px; }
  .field span { display: block; color: #64748b; font-size: 12px; }
  .path { display: flex; gap: 4px; margin-top: 12px; }
  .path div { flex: 1; padding: 6px 8px; text-align: center; font-size: 12px; background: #e5e9f0; border-radius: 3px; }
  .path .on { background: #0b6bcb; color: #fff; }
  aside { width: 360px; flex: none; background: #fff; border: 1px solid #d8dde6; border-radius: 6px; overflow: hidden; }
  aside .title { padding: 8px 12px; font-size: 12px; font-weight: 600; color: #475569; border-bottom: 1px solid #e2e8f0; background: #f8fafc; }
  aside iframe { display: block; width: 360px; height: calc(100vh - 130px); min-height: 560px; border: 0; }
  form { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; }
  label { display: grid; gap: 2px; font-size: 12px; color: #64748b; }
  input { font: inherit; padding: 5px 8px; border: 1px solid #cbd5e1; border-radius: 4px; min-width: 220px; }
  button { font: inherit; padding: 6px 12px; border: 0; border-radius: 4px; background: #0b6bcb; color: #fff; cursor: pointer; }
  @media (max-width: 800px) { main { flex-direction: column; } aside, aside iframe { width: 100%; } }
</style>
</head>
<body>
<header><b>Example CRM</b><nav><span>Home</span><span>Accounts</span><span>Opportunities</span><span>Reports</span></nav></header>
<main>
  <section class="record">
    <div class="card">
      <div class="kicker">Opportunity</div>
      <h1>${escape(deal)}</h1>
      <div class="path"><div>Prospecting</div><div class="on">Engaging</div><div>Proposal</div><div>Closed</div></div>
    </div>
    <div class="card">
      <h2>Details</h2>
      <div class="fields">
        ${field('Opportunity ID', escape(deal))}
        ${field('Opportunity owner', escape(user))}
        ${field('Byline', escape(bylineUrl))}
      </div>
    </div>
    <div class="card">
      <h2>View as</h2>
      <form method="get" action="/">
        <label>User email<input name="user" value="${escape(user)}"></label>
        <label>Opportunity ID<input name="deal" value="${escape(deal)}"></label>
        <button type="submit">Open</button>
      </form>
    </div>
  </section>
  <aside>
    <div class="title">Byline</div>
    <iframe title="Byline deal panel" src="${escape(panel)}"></iframe>
  </aside>
</main>
</body>
</html>`;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  if (req.method !== 'GET' || url.pathname !== '/') {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const user = url.searchParams.get('user') || defaultUser;
  const deal = url.searchParams.get('deal') || defaultDeal;
  res
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    .end(page({ user, deal }));
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Example CRM at http://127.0.0.1:${port}/ framing ${bylineUrl}`);
});
