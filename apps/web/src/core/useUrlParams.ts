import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Parameters to change: a string sets one, null removes it; parameters not named are kept. */
export type UrlParamChanges = Readonly<Record<string, string | null>>;

/** A copy of `params` with the changes applied. */
export function withUrlParams(params: URLSearchParams, changes: UrlParamChanges): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) {
      next.delete(key);
    } else {
      next.set(key, value);
    }
  }
  return next;
}

export interface UrlParamsOptions {
  /** Replace the history entry instead of adding one (for choices not worth a Back step). Default false. */
  replace?: boolean;
}

/**
 * A page's state kept in its URL, so it can be bookmarked and shared: `read` turns the parameters into the
 * capability's values, `update` changes some parameters and keeps the others.
 */
export function useUrlParams<T>(read: (params: URLSearchParams) => T, options: UrlParamsOptions = {}) {
  const [params, setParams] = useSearchParams();
  const replaceByDefault = options.replace ?? false;
  const update = useCallback(
    (changes: UrlParamChanges, replace: boolean = replaceByDefault) =>
      setParams((current) => withUrlParams(current, changes), { replace }),
    [setParams, replaceByDefault],
  );
  return { params, values: read(params), update };
}
