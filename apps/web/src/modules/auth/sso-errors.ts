/** What the login page says when single sign-on sent the browser back with `?sso=<reason>`. */
const SSO_MESSAGES: Record<string, string> = {
  unverified:
    'Your sign-in provider did not confirm your email address, so Byline cannot match you to an account. Ask your IT team to verify your email with the provider, then try again.',
  inactive: 'Your Byline account is suspended or closed. Ask a Byline administrator to reactivate it.',
  conflict:
    'This email belongs to a Byline account that is already linked to another sign-in at your provider. Ask a Byline administrator for help.',
  cancelled: 'Signing in was cancelled or refused by your sign-in provider. Try again.',
  unavailable: 'Your sign-in provider cannot be reached right now. Try again in a moment.',
  busy: 'There were too many sign-in attempts from your network. Wait a minute, then try again.',
  failed: 'Signing in could not be completed: the attempt expired or was not valid. Try again.',
};

export function ssoErrorMessage(reason: string | null): string | null {
  if (!reason) {
    return null;
  }
  return SSO_MESSAGES[reason] ?? SSO_MESSAGES.failed;
}
