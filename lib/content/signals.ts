// The content script's signals: @preact/signals-core, the reactive core that
// @preact/signals is built on, without @preact/signals' Preact integration
// (which patches Preact's options and brought preact/hooks into the bundle).
// Components read these signals inside components/panel/track-signals.ts's
// render tracker, which re-renders exactly the components that read them.
// The popup and the options page keep @preact/signals. One import point, so
// the content script has a single copy of the reactive core.
// Pure TypeScript, no DOM.
export { computed, effect, signal, Signal, type ReadonlySignal } from '@preact/signals-core';
