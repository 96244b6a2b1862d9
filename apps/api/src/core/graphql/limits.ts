import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Query limits, checked before any resolver runs. Chosen from the web app's real queries (the deepest is a page of
 * assets with their authors' users and teams) with headroom; tests exercise both sides of each limit.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 2_000,
  maxCost: 10_000,
};

export function queryProtection() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Its token check runs as a plugin that throws while Apollo parses, which Apollo answers with a 500; the parser's
    // own limit (parseOptions.maxTokens, see graphql.config.ts) refuses with a 400.
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
