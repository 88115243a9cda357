import type { FastifyReply } from 'fastify';

/**
 * A `Content-Disposition: attachment` header for a file name in any script (RFC 6266 with the
 * RFC 8187 `filename*` parameter, UTF-8 percent-encoded), plus a plain ASCII `filename` for
 * clients that do not read `filename*`.
 */
export function attachmentDisposition(name: string): string {
  // Anything outside printable ASCII is replaced in the fallback name.
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Sends an evidence file as a download that a browser never renders in the platform's origin:
 * an attachment, with the media type found in its content, no type sniffing, and a sandboxing
 * content security policy; cached only privately (or, through an invitation link, whose URL is
 * the credential, not at all).
 */
export function sendEvidenceFile(
  reply: FastifyReply,
  file: { name: string; mediaType: string; size: number; sha256: string; content: Buffer },
  cacheControl: 'private, no-cache' | 'no-store' = 'private, no-cache',
): FastifyReply {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', attachmentDisposition(file.name))
    .header('content-length', String(file.size))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', 'sandbox')
    .header('cache-control', cacheControl)
    .header('etag', `"${file.sha256}"`)
    .send(file.content);
}
