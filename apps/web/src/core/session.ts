// The session itself is an HttpOnly cookie the app never sees. Beside it the server sets a readable CSRF token,
// which the app sends back in a header on every request: proof that the request comes from Byline's own pages.
const CSRF_COOKIE = 'byline_csrf';
export const CSRF_HEADER = 'x-csrf-token';

function csrfToken(): string | null {
  const prefix = `${CSRF_COOKIE}=`;
  const entry = document.cookie.split('; ').find((cookie) => cookie.startsWith(prefix));
  return entry ? decodeURIComponent(entry.slice(prefix.length)) : null;
}

/** True while the browser holds a session (its cookies expire together). */
export function hasSession(): boolean {
  return csrfToken() !== null;
}

/** The header that proves a state-changing request comes from the app. */
export function csrfHeaders(): Record<string, string> {
  const token = csrfToken();
  return token ? { [CSRF_HEADER]: token } : {};
}

/** Forgets a session the server no longer accepts; the HttpOnly cookie is worthless without a valid token. */
export function forgetSession(): void {
  document.cookie = `${CSRF_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
}
