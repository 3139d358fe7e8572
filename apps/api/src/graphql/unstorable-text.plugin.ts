import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, visit } from 'graphql';

/**
 * PostgreSQL cannot store U+0000 in text, and half of a surrogate pair is no character at all
 * (the driver would store U+FFFD instead; validators crash on it).
 */
const loneSurrogate = /\p{Cs}/u;
const isUnstorable = (text: string) => text.includes('\u0000') || loneSurrogate.test(text);

/** The path of the first string that cannot be stored, e.g. `input.title` or `ids[2]`. */
function unstorablePathIn(value: unknown, path: string): string | null {
  if (typeof value === 'string') return isUnstorable(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorablePathIn(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = unstorablePathIn(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

function unstorableArgumentIn(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    Argument(node) {
      visit(node.value, {
        StringValue(value) {
          if (isUnstorable(value.value)) found ??= node.name.value;
        },
      });
    },
  });
  return found;
}

/**
 * A string that cannot be stored as text is refused before any resolver runs, for every
 * argument and variable alike.
 */
export function unstorableTextPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field =
            unstorablePathIn(request.variables ?? {}, '') ?? unstorableArgumentIn(document);
          if (!field) return;
          throw new GraphQLError(
            `${field} contains a NUL character (U+0000) or half of a surrogate pair`,
            {
              extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
            },
          );
        },
      };
    },
  };
}
