// `…/messages.json?content-strings`: a _locales catalog as the content script
// imports it. Vite reads it as plain JSON; the build (wxt.config.ts) leaves out
// every key without one of lib/content/string-prefixes.ts's prefixes and
// gives each kept key its bare message (a string, not { message }).
declare module '*/messages.json?content-strings' {
  const catalog: Record<string, string | { message: string }>;
  export default catalog;
}
