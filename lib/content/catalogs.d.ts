// `…/messages.json?content-keys` and `?content-strings`: a _locales catalog as
// the content script imports it (lib/content/strings.ts), cut by the Vite
// plugin in scripts/content-catalogs.ts (build and unit tests): the English
// catalog's keys with one of lib/content/string-prefixes.ts's prefixes, and a
// catalog's bare messages for those keys in the same order (null where it lacks one).
declare module '*/messages.json?content-keys' {
  const keys: string[];
  export default keys;
}
declare module '*/messages.json?content-strings' {
  const messages: Array<string | null>;
  export default messages;
}
