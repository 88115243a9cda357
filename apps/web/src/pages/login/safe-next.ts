/**
 * Where to go after signing in: the `next` address when it is a path of this site ("/…", not
 * "//host" nor a full URL, which would let a link send people elsewhere), else the home page.
 */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login') || next.startsWith('/setup')) return '/';
  return next;
}
