import type { ApolloServerPlugin } from '@apollo/server';
import { Extensions } from '@nestjs/graphql';
import {
  Kind,
  TypeInfo,
  getArgumentValues,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { ASTNode, GraphQLField, GraphQLInputType, GraphQLSchema } from 'graphql';
import { badInput } from './errors.js';

// Lone UTF-16 surrogates are not text: the driver would silently store U+FFFD in their place.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a piece of text that no text column can keep as it is, or undefined when nothing is. */
export function textProblem(value: string): string | undefined {
  // PostgreSQL text cannot hold U+0000 at all.
  if (value.includes('\u0000')) return 'contains a NUL character (U+0000)';
  if (LONE_SURROGATE.test(value)) return 'contains a lone surrogate, which is not valid Unicode text';
  return undefined;
}

const FILE_CONTENT = 'fileContentArguments';

/**
 * Marks arguments of an operation that carry a whole file (a CSV), checked by the operation itself where it can say
 * which line is wrong, rather than refused as a whole.
 */
export const FileContentArguments = (...names: string[]) => Extensions({ [FILE_CONTENT]: names });

interface BadText {
  field: string;
  problem: string;
}

/** The first string inside an argument value, walked along its input type, that `textProblem` refuses. */
function badText(type: GraphQLInputType, value: unknown, path: string): BadText | undefined {
  if (value === null || value === undefined) return undefined;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    for (const [index, item] of (value as unknown[]).entries()) {
      const found = badText(nullable.ofType, item, `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      const found = badText(field.type, (value as Record<string, unknown>)[field.name], `${path}.${field.name}`);
      if (found) return found;
    }
    return undefined;
  }
  const problem = typeof value === 'string' ? textProblem(value) : undefined;
  return problem ? { field: path, problem } : undefined;
}

function badTextInArguments(
  field: GraphQLField<unknown, unknown>,
  node: Parameters<typeof getArgumentValues>[1],
  variables: Record<string, unknown>,
): BadText | undefined {
  if (!node.arguments?.length) return undefined;
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(field, node, variables);
  } catch {
    return undefined; // a value that cannot be coerced: execution reports it with its own typed error
  }
  const skipped = (field.extensions[FILE_CONTENT] as string[] | undefined) ?? [];
  for (const arg of field.args) {
    if (skipped.includes(arg.name)) continue;
    const found = badText(arg.type, values[arg.name], arg.name);
    if (found) return found;
  }
  return undefined;
}

/** Every field of the operation (and of the fragments it may spread) with its definition, walked once each. */
function firstBadText(
  schema: GraphQLSchema,
  nodes: readonly ASTNode[],
  variables: Record<string, unknown>,
): BadText | undefined {
  let found: BadText | undefined;
  for (const root of nodes) {
    const typeInfo = new TypeInfo(schema);
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const definition = typeInfo.getFieldDef();
          found = definition ? badTextInArguments(definition, node, variables) : undefined;
          return found ? false : undefined;
        },
      }),
    );
    if (found) return found;
  }
  return undefined;
}

/**
 * Refuses, before anything runs, an operation with text that cannot be stored: a NUL character or a lone surrogate
 * in any string of its arguments, at any depth of any input type. The error names the argument path
 * (`input.title`, `authors[1].userId`) as `extensions.field`.
 */
export function textInputPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request, response }) {
          // No such operation in the document: Apollo refuses it next.
          if (!operation) return Promise.resolve();
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, {
            maxErrors: 1,
          });
          // Variables of the wrong type are refused by execution with its own error.
          if (coerced.errors) return Promise.resolve();
          const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
          const found = firstBadText(schema, [operation, ...fragments], coerced.coerced);
          if (!found) return Promise.resolve();
          response.http.status = 400;
          return Promise.reject(badInput(found.field, `${found.field} ${found.problem}.`));
        },
      });
    },
  };
}
