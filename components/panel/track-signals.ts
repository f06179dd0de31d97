// Components that read signals re-render when those signals change: the one
// thing the content script's components need from @preact/signals, whose
// Preact integration (signals as JSX text and props, auto-memoized components,
// useSignal…) costs about 1.1 KB gzipped of the content script's 40 KB budget.
// Here each component's render runs inside an effect (lib/content/signals.ts):
// the effect's first run is the render, a later run (a signal the render read
// has changed) asks Preact to render the component again. A render disposes
// the previous effect, unmounting disposes the last one.
// Importing this module installs the hooks: every module of the content script
// that renders a component reading signals imports it.
import { options } from 'preact';
import { effect } from '../../lib/content/signals';

interface Tracked { render(...args: unknown[]): unknown; setState(s: object): void }
interface VNode { __c?: Tracked }
/** Preact's documented-by-plugins option names: `__r` before each render, `unmount` for each removed vnode. */
interface Hooks { __r?(v: VNode): void; unmount?(v: VNode): void }

const hooks = options as unknown as Hooks;
/** Each tracked component and the disposer of its current render's effect. */
const live = new WeakMap<Tracked, () => void>();

const beforeRender = hooks.__r;
const beforeUnmount = hooks.unmount;
hooks.__r = (v) => {
  beforeRender?.(v);
  const c = v.__c;
  if (!c || live.has(c)) return;
  const render = c.render;
  live.set(c, () => undefined);
  c.render = (...args) => {
    live.get(c)!();
    let out: unknown;
    let first = true;
    live.set(c, effect(() => {
      if (first) { first = false; out = render.apply(c, args); } else c.setState({});
    }));
    return out;
  };
};
hooks.unmount = (v) => {
  const c = v.__c;
  if (c) { live.get(c)?.(); live.delete(c); }
  beforeUnmount?.(v);
};
