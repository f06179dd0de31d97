/** Offer `text` as a file download (no network: a blob URL of this page). */
export function saveFile(name: string, text: string | Blob, mime: string): void {
  const url = URL.createObjectURL(typeof text === 'string' ? new Blob([text], { type: mime }) : text);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Read a chosen file as UTF-8 text. A big file is read and decoded piece by
 * piece (Blob.text() decodes the whole file in one task on the page's thread:
 * over 100 ms for 20 MB); a streaming TextDecoder keeps a character split
 * between two pieces whole.
 */
export async function readFile(file: Blob, piece = 2 * 1024 * 1024): Promise<string> {
  if (file.size <= piece) return file.text();
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true }); // a BOM is kept: the readers skip it
  const parts: string[] = [];
  for (let at = 0; at < file.size; at += piece) {
    parts.push(decoder.decode(await file.slice(at, at + piece).arrayBuffer(), { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** `garbo-history-2026-11-23` */
export const datedName = (base: string, now = new Date()) => `${base}-${now.toISOString().slice(0, 10)}`;

/**
 * A Blob of text parts built about 1 MB at a time, with `breathe` between
 * (encoding 26 MB of text into one Blob is one long task on the page).
 */
export async function blobOf(parts: readonly string[], mime: string, breathe: () => Promise<void>): Promise<Blob> {
  const blobs: Blob[] = [];
  let group: string[] = [], chars = 0;
  for (const p of parts) {
    group.push(p);
    chars += p.length;
    if (chars >= 1_000_000) { blobs.push(new Blob(group)); group = []; chars = 0; await breathe(); }
  }
  if (group.length) blobs.push(new Blob(group));
  return new Blob(blobs, { type: mime });
}
