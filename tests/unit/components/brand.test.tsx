import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Brand } from '../../../components/Brand';

describe('Brand', () => {
  it('renders the localized tagline as text', () => {
    const host = document.createElement('div');
    render(<Brand lang="it" />, host);
    expect(host.querySelector('h1')?.textContent).toBe('Garbo');
    expect(host.textContent).toContain('Tutto resta su questo dispositivo');
    render(<Brand lang="en" />, host);
    expect(host.textContent).toContain('Everything stays on this device');
  });
});
