/**
 * Says, above a tool, what part of the link that opened it could not be read (a tampered,
 * truncated or newer link), so the reader knows the rest is shown and something was left out.
 */
export function showUnread(doc: Document, before: Element, unread: string[]): void {
  doc.querySelector('.link-unread')?.remove();
  if (!unread.length) return;
  const notice = doc.createElement('p');
  notice.className = 'notice link-unread';
  notice.setAttribute('role', 'status');
  const listed = unread.slice(0, 5).join('; ') + (unread.length > 5 ? `; and ${unread.length - 5} more` : '');
  notice.textContent = `Part of this link could not be read and was left out: ${listed}. Everything else in it is shown.`;
  before.before(notice);
}
