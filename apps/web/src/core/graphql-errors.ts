import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The error codes the Byline API puts in `extensions.code`. */
export type ApiErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED';

export interface ApiError {
  code: ApiErrorCode | 'UNKNOWN';
  message: string;
  /** The input field the error is about (from `extensions.field`), when the server names one. */
  field?: string;
}

const KNOWN_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
]);

function toApiErrorCode(value: unknown): ApiError['code'] {
  return typeof value === 'string' && KNOWN_CODES.has(value) ? (value as ApiErrorCode) : 'UNKNOWN';
}

export const PLAIN_MESSAGES = {
  FORBIDDEN: 'You don’t have access to this.',
  UNAUTHENTICATED: 'You are signed out. Sign in again to carry on.',
  NOT_FOUND: 'This isn’t there any more. It may have been deleted or moved.',
  RATE_LIMITED: 'Too many requests — try again in a minute.',
  BAD_USER_INPUT: 'Byline couldn’t use what was entered. Check it and try again.',
  CONFLICT: 'Someone changed this at the same time. Reload and try again.',
  UNKNOWN: 'Something went wrong on Byline’s side. Try again in a moment.',
  OFFLINE: 'Byline can’t be reached. Check your connection.',
} as const;

/**
 * Whether a server message can be shown as it is: one or two plain sentences, not a code, a stack or an internal
 * detail such as a SQL error or a validator's property path.
 */
export function isPlainSentence(message: string): boolean {
  const text = message.trim();
  return (
    text.length >= 8 &&
    text.length <= 300 &&
    /^[A-Z“"‘'(0-9]/.test(text) &&
    /[.!?…)”"]$/.test(text) &&
    !/\n|\bat \S+:\d+|[{}<>]|\b[A-Z]{2,}_[A-Z_]+\b|\bSQL\b|\bundefined\b|\bnull\b|Error:/.test(text)
  );
}

/** The sentence a user reads for an error with this code and server message. */
export function plainMessage(code: ApiError['code'], serverMessage: string): string {
  switch (code) {
    case 'FORBIDDEN':
    case 'RATE_LIMITED':
    case 'UNAUTHENTICATED':
      return PLAIN_MESSAGES[code];
    case 'BAD_USER_INPUT':
    case 'CONFLICT':
    case 'NOT_FOUND':
      // These say what to fix: the server's own words when it wrote a sentence.
      return isPlainSentence(serverMessage) ? serverMessage.trim() : PLAIN_MESSAGES[code];
    default:
      return PLAIN_MESSAGES.UNKNOWN;
  }
}

/** Flattens whatever Apollo reports (GraphQL errors, HTTP errors, network failures) into user-facing errors. */
export function toApiErrors(error: unknown): ApiError[] {
  if (!error) {
    return [];
  }
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((graphQLError) => {
      const field = graphQLError.extensions?.['field'];
      const code = toApiErrorCode(graphQLError.extensions?.['code']);
      return {
        code,
        message: plainMessage(code, graphQLError.message),
        field: typeof field === 'string' && field.length > 0 ? field : undefined,
      };
    });
  }
  if (ServerError.is(error)) {
    // A proxy in front of a stopped server answers 502/503/504; a rate limiter answers 429.
    if (error.statusCode === 429) {
      return [{ code: 'RATE_LIMITED', message: PLAIN_MESSAGES.RATE_LIMITED }];
    }
    const offline = error.statusCode >= 502 && error.statusCode <= 504;
    return [{ code: 'UNKNOWN', message: offline ? PLAIN_MESSAGES.OFFLINE : PLAIN_MESSAGES.UNKNOWN }];
  }
  if (error instanceof TypeError) {
    // fetch() rejects with a TypeError when the server cannot be reached at all.
    return [{ code: 'UNKNOWN', message: PLAIN_MESSAGES.OFFLINE }];
  }
  // The app's own errors (thrown by a hook or a transfer) are written as sentences; anything else is not shown raw.
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (isPlainSentence(message)) {
    return [{ code: 'UNKNOWN', message: message.trim() }];
  }
  return [{ code: 'UNKNOWN', message: PLAIN_MESSAGES.UNKNOWN }];
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return toApiErrors(error).some((apiError) => apiError.code === code);
}

export interface SplitErrors<TField extends string> {
  /** Messages to show next to form fields, by field name. */
  fieldErrors: Partial<Record<TField, string>>;
  /** Messages that belong to no field on the form: show them as a notification or alert. */
  formErrors: string[];
}

/**
 * Sorts API errors onto the form's fields. `extensions.field` wins; `fallbackFields` routes errors the server sends
 * without a field (e.g. CONFLICT on a duplicate email) to the field the user can fix.
 */
export function splitFormErrors<TField extends string>(
  error: unknown,
  fields: readonly TField[],
  fallbackFields: Partial<Record<ApiErrorCode, TField>> = {},
): SplitErrors<TField> {
  const fieldErrors: Partial<Record<TField, string>> = {};
  const formErrors: string[] = [];
  const isField = (name: string | undefined): name is TField =>
    name !== undefined && (fields as readonly string[]).includes(name);

  for (const apiError of toApiErrors(error)) {
    const fallback = apiError.code === 'UNKNOWN' ? undefined : fallbackFields[apiError.code];
    const field = isField(apiError.field) ? apiError.field : fallback;
    if (field !== undefined && fieldErrors[field] === undefined) {
      fieldErrors[field] = apiError.message;
    } else {
      formErrors.push(apiError.message);
    }
  }
  return { fieldErrors, formErrors };
}
