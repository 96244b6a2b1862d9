import { em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/** Below Mantine's `sm` breakpoint (48em): phones held upright. */
export const PHONE_MEDIA_QUERY = `(max-width: ${em(767.98)})`;

/**
 * Whether the page is laid out for a phone. Read synchronously on the first render, so a phone never draws the
 * desktop layout first and then jumps.
 */
export function usePhoneLayout(): boolean {
  return (
    useMediaQuery(PHONE_MEDIA_QUERY, window.matchMedia(PHONE_MEDIA_QUERY).matches, {
      getInitialValueInEffect: false,
    }) ?? false
  );
}
