// The CRM deal panel's session: a bearer token kept in memory (and in this tab's sessionStorage, so a reload of the
// frame keeps it), never in a cookie. While one is set, every API request carries it instead of the cookie session.
const STORAGE_KEY = 'byline.embed-session';

interface StoredSession {
  token: string;
  dealId: string;
  crmId: string;
  expiresAt: string;
}

let current: StoredSession | null = null;

/** The bearer token requests carry, if the page runs on a panel session. */
export function bearerToken(): string | null {
  return current?.token ?? null;
}

export function startBearerSession(session: StoredSession): void {
  current = session;
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    // Storage may be refused in a third-party frame; memory is enough for this page.
  }
}

/** The panel session this tab holds for the deal of this CRM id, while it has not expired. */
export function resumeBearerSession(crmId: string): StoredSession | null {
  let stored: StoredSession | null = current;
  if (!stored) {
    try {
      const raw = sessionStorage.getItem(STORAGE_KEY);
      stored = raw ? (JSON.parse(raw) as StoredSession) : null;
    } catch {
      stored = null;
    }
  }
  if (!stored || stored.crmId !== crmId || Date.parse(stored.expiresAt) <= Date.now()) {
    return null;
  }
  current = stored;
  return stored;
}

export function endBearerSession(): void {
  current = null;
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
}
