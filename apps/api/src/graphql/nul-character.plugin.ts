import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, visit } from 'graphql';

const nul = '\u0000';

/** The path of the first string holding a NUL character, e.g. `input.title` or `ids[2]`. */
function nulPathIn(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(nul) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPathIn(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPathIn(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

function nulArgumentIn(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    Argument(node) {
      visit(node.value, {
        StringValue(value) {
          if (value.value.includes(nul)) found ??= node.name.value;
        },
      });
    },
  });
  return found;
}

/**
 * PostgreSQL cannot store U+0000 in text, so a string holding one is refused before any
 * resolver runs, for every argument and variable alike.
 */
export function nulCharacterPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field = nulPathIn(request.variables ?? {}, '') ?? nulArgumentIn(document);
          if (!field) return;
          throw new GraphQLError(`${field} contains a NUL character (U+0000)`, {
            extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
          });
        },
      };
    },
  };
}
