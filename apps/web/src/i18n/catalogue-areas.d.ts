// The build splits each catalogue by area (vite.config.mts); both halves are ICU ASTs by key.
declare module '*.json?public' {
  const messages: Record<
    string,
    import('@formatjs/icu-messageformat-parser').MessageFormatElement[]
  >;
  export default messages;
}
declare module '*.json?app' {
  const messages: Record<
    string,
    import('@formatjs/icu-messageformat-parser').MessageFormatElement[]
  >;
  export default messages;
}
