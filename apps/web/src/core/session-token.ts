// The session token (a JWT issued by `login`) lives in localStorage so a reload keeps the user signed in.
const SESSION_TOKEN_KEY = 'byline.token';

export function readSessionToken(): string | null {
  try {
    return window.localStorage.getItem(SESSION_TOKEN_KEY);
  } catch {
    // Storage can be unavailable (privacy modes); the user then signs in per page load.
    return null;
  }
}

export function storeSessionToken(token: string): void {
  try {
    window.localStorage.setItem(SESSION_TOKEN_KEY, token);
  } catch {
    // See readSessionToken.
  }
}

export function clearSessionToken(): void {
  try {
    window.localStorage.removeItem(SESSION_TOKEN_KEY);
  } catch {
    // See readSessionToken.
  }
}
