/** Toolbar badge text for the follow-ups due: empty when none or switched off, "99+" beyond two digits. */
export function badgeText(due: number, enabled: boolean): string {
  if (!enabled || due <= 0) return '';
  return due > 99 ? '99+' : String(due);
}
