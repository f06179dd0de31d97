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
