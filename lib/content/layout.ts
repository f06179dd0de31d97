// Where the panel goes: beside the field's container when there is room,
// otherwise above or below it, never over it. Pure geometry.

export interface Box { left: number; top: number; width: number; height: number }
export type Placement = 'right' | 'left' | 'below' | 'above' | 'overlap';

export interface PanelPosition { left: number; top: number; placement: Placement }

/**
 * `anchor` is the container's rectangle and `panel` the panel's size, both in
 * viewport coordinates; `view` the viewport size. Prefers right, then left,
 * below, above. If nothing fits, the panel goes to the viewport corner with the
 * least overlap with the anchor ('overlap'), so it is still visible.
 */
export function placePanel(anchor: Box, panel: { width: number; height: number }, view: { width: number; height: number }, gap = 12): PanelPosition {
  const clampY = (y: number) => Math.max(gap, Math.min(y, view.height - panel.height - gap));
  const clampX = (x: number) => Math.max(gap, Math.min(x, view.width - panel.width - gap));
  const right = anchor.left + anchor.width + gap;
  if (right + panel.width + gap <= view.width) return { left: right, top: clampY(anchor.top), placement: 'right' };
  const left = anchor.left - gap - panel.width;
  if (left >= gap) return { left, top: clampY(anchor.top), placement: 'left' };
  const below = anchor.top + anchor.height + gap;
  if (below + panel.height + gap <= view.height) return { left: clampX(anchor.left), top: below, placement: 'below' };
  const above = anchor.top - gap - panel.height;
  if (above >= gap) return { left: clampX(anchor.left), top: above, placement: 'above' };
  const corners = [
    { left: gap, top: gap }, { left: view.width - panel.width - gap, top: gap },
    { left: gap, top: view.height - panel.height - gap }, { left: view.width - panel.width - gap, top: view.height - panel.height - gap },
  ];
  const overlap = (p: { left: number; top: number }) =>
    Math.max(0, Math.min(p.left + panel.width, anchor.left + anchor.width) - Math.max(p.left, anchor.left)) *
    Math.max(0, Math.min(p.top + panel.height, anchor.top + anchor.height) - Math.max(p.top, anchor.top));
  const best = corners.reduce((a, b) => (overlap(b) < overlap(a) ? b : a));
  return { left: Math.max(0, best.left), top: Math.max(0, best.top), placement: 'overlap' };
}

/** Do two boxes intersect (tests and the e2e "never covers the field" check)? */
export function intersects(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/**
 * LinkedIn's theme: it puts a `theme--dark` (or `theme--light`) class on <html>
 * (and on some builds on <body>); without either, follow the OS preference.
 */
export function detectTheme(classNames: readonly string[], prefersDark: boolean): 'light' | 'dark' {
  const all = classNames.join(' ').split(/\s+/);
  if (all.includes('theme--dark') || all.includes('theme--dark-lix')) return 'dark';
  if (all.includes('theme--light')) return 'light';
  return prefersDark ? 'dark' : 'light';
}
