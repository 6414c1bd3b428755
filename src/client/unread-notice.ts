/**
 * Says, above a tool, what part of the link that opened it could not be read (a tampered,
 * truncated or newer link), so the reader knows the rest is shown and something was left out.
 * `t` holds the page's strings (`unread.notice`, `unread.andMore`, see page-text.ts).
 */
import type { Translate } from '../core/interface.ts';

/** The English, for a caller whose page does not hand its script the strings yet. */
const english: Translate = (key, values = {}) =>
  key === 'unread.andMore'
    ? `; and ${values.count} more`
    : `Part of this link could not be read and was left out: ${values.items}. Everything else in it is shown.`;

export function showUnread(doc: Document, before: Element, unread: string[], t: Translate = english): void {
  doc.querySelector('.link-unread')?.remove();
  if (!unread.length) return;
  const notice = doc.createElement('p');
  notice.className = 'notice link-unread';
  notice.setAttribute('role', 'status');
  const items = unread.slice(0, 5).join('; ') + (unread.length > 5 ? t('unread.andMore', { count: unread.length - 5 }) : '');
  notice.textContent = t('unread.notice', { items });
  before.before(notice);
}
