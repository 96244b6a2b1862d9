import { notifications } from '@mantine/notifications';
import { toApiErrors } from '../core/graphql-errors';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', title: 'Done', message });
}

export function notifyMessages(messages: readonly string[], title = 'That did not work'): void {
  for (const message of new Set(messages)) {
    notifications.show({ color: 'red', title, message, autoClose: 8000 });
  }
}

export function notifyError(error: unknown, title?: string): void {
  notifyMessages(
    toApiErrors(error).map((apiError) => apiError.message),
    title,
  );
}
