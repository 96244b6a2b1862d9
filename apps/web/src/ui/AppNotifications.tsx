import { Notifications } from '@mantine/notifications';
import { usePhoneLayout } from './usePhoneLayout';

/**
 * Where toasts appear: bottom right on a desktop; at the top on a phone, so they never cover the action bar at the
 * bottom of the screen (nor the thumb reaching for it).
 */
export function AppNotifications() {
  const phone = usePhoneLayout();
  return phone ? (
    <Notifications position="top-center" limit={3} containerWidth="calc(100vw - 24px)" />
  ) : (
    <Notifications position="bottom-right" />
  );
}
