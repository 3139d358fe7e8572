/** The app is served from the API's origin (or proxied to it by Vite in development). */
export const graphqlEndpoint = '/graphql';

export function websocketEndpoint(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${graphqlEndpoint}`;
}
