// The content script's components re-render on the signals they read
// (lib/content/signals.ts) without @preact/signals (components/panel/track-signals.ts):
// no module of this test imports it, so only the content script's own hooks are installed.
import { signal } from '../../../lib/content/signals';
import { Component, render } from 'preact';
import { describe, expect, it } from 'vitest';
import '../../../components/panel/track-signals';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('signals in the content script\'s components', () => {
  it('re-renders a component when a signal its last render read changes, and only then', async () => {
    const which = signal<'a' | 'b'>('a');
    const a = signal('A1');
    const b = signal('B1');
    let renders = 0;
    function View() {
      renders++;
      return <p>{which.value === 'a' ? a.value : b.value}</p>;
    }
    const root = document.createElement('div');
    render(<View />, root);
    expect(root.textContent).toBe('A1');
    a.value = 'A2';
    await settle();
    expect(root.textContent).toBe('A2');
    expect(renders).toBe(2);
    b.value = 'B2'; // not read by the last render
    await settle();
    expect(renders).toBe(2);
    which.value = 'b';
    await settle();
    expect(root.textContent).toBe('B2');
    a.value = 'A3'; // no longer read
    await settle();
    expect(renders).toBe(3);
    b.value = 'B3';
    await settle();
    expect(root.textContent).toBe('B3');
    render(null, root);
  });

  it('stops following the signals once the component is unmounted', async () => {
    const s = signal(1);
    let updates = 0;
    class Leaf extends Component {
      override setState(state: object) { updates++; super.setState(state); }
      override render() { return <span>{s.value}</span>; }
    }
    const show = signal(true);
    function Parent() { return <div>{show.value ? <Leaf /> : null}</div>; }
    const root = document.createElement('div');
    render(<Parent />, root);
    s.value = 2;
    await settle();
    expect(root.textContent).toBe('2');
    expect(updates).toBe(1);
    show.value = false;
    await settle();
    expect(root.textContent).toBe('');
    s.value = 3;
    await settle();
    expect(updates).toBe(1);
    render(null, root);
  });

  it('follows the signals a class component reads in render, and a render error reaches the error boundary', async () => {
    const s = signal('ok');
    class Boundary extends Component<{ children?: preact.ComponentChildren }, { failed: boolean }> {
      override state = { failed: false };
      override componentDidCatch() { this.setState({ failed: true }); }
      override render() { return this.state.failed ? <i>failed</i> : this.props.children; }
    }
    class Reader extends Component {
      override render() {
        if (s.value === 'boom') throw new Error('boom');
        return <b>{s.value}</b>;
      }
    }
    const root = document.createElement('div');
    render(<Boundary><Reader /></Boundary>, root);
    expect(root.textContent).toBe('ok');
    s.value = 'fine';
    await settle();
    expect(root.textContent).toBe('fine');
    s.value = 'boom';
    await settle();
    await settle();
    expect(root.textContent).toBe('failed');
    render(null, root);
  });
});
