import { ApiError } from '../../../api/client.js';
import { attachmentName } from './pdf-file.js';

/**
 * Fetches a file, reporting the share received (0–1, or null while the size is unknown), and
 * returns it as a blob with its file name. A non-2xx answer throws the API's error.
 */
export async function fetchFile(
  path: string,
  headers: Record<string, string>,
  onProgress: (share: number | null) => void,
  fallbackName: string,
): Promise<{ blob: Blob; name: string }> {
  const response = await fetch(path, { credentials: 'same-origin', headers });
  if (!response.ok) {
    const payload = (await response.json().catch(() => ({}))) as {
      error?: { code?: string; message?: string };
    };
    throw new ApiError(
      response.status,
      payload.error?.code ?? 'unknown',
      payload.error?.message ?? response.statusText,
    );
  }
  const total = Number(response.headers.get('content-length')) || 0;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const name = attachmentName(response.headers.get('content-disposition'), fallbackName);
  if (!response.body) return { blob: await response.blob(), name };
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(total > 0 ? Math.min(1, received / total) : null);
  }
  return { blob: new Blob(chunks, { type }), name };
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address is released.
  window.setTimeout(() => {
    URL.revokeObjectURL(href);
  }, 60_000);
}
