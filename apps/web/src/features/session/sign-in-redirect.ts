/**
 * Where sign-in sends the user afterwards: back to the page that needed a
 * session (`/sign-in?next=/runs?status=failed`), but only within this app, so
 * a crafted link cannot bounce a fresh session to another site.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (isSessionPage(raw)) return '/';
  return raw;
}

/** `/sign-in?next=<path>`; no `next` for the home page. */
export function signInPath(currentPath: string): string {
  const next = safeNextPath(currentPath);
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}

/** The pages that work without a session: a 401 there is a wrong password, not an ended session. */
export function isSessionPage(path: string): boolean {
  return /^\/(sign-in|setup)(?:[/?#]|$)/.test(path);
}

/** What the nav shows for the signed-in user. */
export function userDisplayName(user: { name?: string | null; email: string }): string {
  return user.name?.trim() ? user.name.trim() : user.email;
}
