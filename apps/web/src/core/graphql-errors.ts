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

/** Flattens whatever Apollo reports (GraphQL errors, HTTP errors, network failures) into user-facing errors. */
export function toApiErrors(error: unknown): ApiError[] {
  if (!error) {
    return [];
  }
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((graphQLError) => {
      const field = graphQLError.extensions?.['field'];
      return {
        code: toApiErrorCode(graphQLError.extensions?.['code']),
        message: graphQLError.message,
        field: typeof field === 'string' && field.length > 0 ? field : undefined,
      };
    });
  }
  if (ServerError.is(error)) {
    // A proxy in front of a stopped server answers 502/503/504.
    const message =
      error.statusCode >= 502 && error.statusCode <= 504
        ? 'Cannot reach the Byline server. Try again in a moment.'
        : `The Byline server answered with an error (HTTP ${error.statusCode}).`;
    return [{ code: 'UNKNOWN', message }];
  }
  if (error instanceof TypeError) {
    // fetch() rejects with a TypeError when the server cannot be reached at all.
    return [{ code: 'UNKNOWN', message: 'Cannot reach the Byline server. Check your connection and try again.' }];
  }
  const message =
    error instanceof Error ? error.message : typeof error === 'string' ? error : 'Something unexpected went wrong.';
  return [{ code: 'UNKNOWN', message }];
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
