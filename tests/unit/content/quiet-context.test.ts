// The content script's context (issue 15.1): it broadcasts nothing a page can
// read and no page event ends it; only the extension's disappearance does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext, whenExtensionGone } from '../../../entrypoints/linkedin.content/quiet-context';

afterEach(() => { vi.restoreAllMocks(); vi.useRealTimers(); });

describe('quiet content-script context', () => {
  it('posts no window message and dispatches no event when it starts', () => {
    const post = vi.spyOn(window, 'postMessage');
    const docEvent = vi.spyOn(document, 'dispatchEvent');
    const winEvent = vi.spyOn(window, 'dispatchEvent');
    const ctx = new ContentScriptContext('linkedin', {});
    expect(post).not.toHaveBeenCalled();
    expect(docEvent).not.toHaveBeenCalled();
    expect(winEvent).not.toHaveBeenCalled();
    expect(ctx.signal.aborted).toBe(false);
  });

  it('is not invalidated by the page dispatching WXT\'s "content script started" event or message', async () => {
    const ctx = new ContentScriptContext('linkedin', {});
    const stopped = vi.fn();
    ctx.onInvalidated(stopped);
    for (const type of ['x:linkedin:wxt:content-script-started', 'undefined:linkedin:wxt:content-script-started']) {
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'linkedin', messageId: 'page' } }));
      window.postMessage({ type, contentScriptName: 'linkedin', messageId: 'page' }, '*');
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(stopped).not.toHaveBeenCalled();
    expect(ctx.signal.aborted).toBe(false);
  });

  it('whenExtensionGone stops once, only when the extension id is gone', () => {
    vi.useFakeTimers();
    let gone = false;
    const stop = vi.fn();
    const life = whenExtensionGone(stop, 1000, () => gone);
    vi.advanceTimersByTime(5000);
    life.check();
    expect(stop).not.toHaveBeenCalled();
    gone = true;
    vi.advanceTimersByTime(1000);
    expect(stop).toHaveBeenCalledTimes(1);
    life.check();
    vi.advanceTimersByTime(5000);
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
