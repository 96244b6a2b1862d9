import { Button } from '@mantine/core';

interface SsoSignInProps {
  label: string;
  loginUrl: string;
  /** The path of this site to come back to once signed in. */
  returnPath: string;
}

/** Starts single sign-on: a full-page navigation to the server, which sends the browser on to the provider. */
export function SsoSignIn({ label, loginUrl, returnPath }: SsoSignInProps) {
  const href = `${loginUrl}?${new URLSearchParams({ returnTo: returnPath }).toString()}`;
  return (
    <Button component="a" href={href} fullWidth variant="filled" data-testid="sso-sign-in">
      Sign in with {label}
    </Button>
  );
}
