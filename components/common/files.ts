/** Offer `text` as a file download (no network: a blob URL of this page). */
export function saveFile(name: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Read a chosen file as text. */
export function readFile(file: Blob): Promise<string> {
  return file.text();
}

/** `garbo-history-2026-11-23` */
export const datedName = (base: string, now = new Date()) => `${base}-${now.toISOString().slice(0, 10)}`;
