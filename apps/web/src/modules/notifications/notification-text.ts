import type { TFunction } from 'i18next';

export interface NotificationLike {
  kind: string;
  actorName: string | null;
  targetTitle: string | null;
}

export type NotificationTextKey =
  | 'notifications.text.mention'
  | 'notifications.text.mentionUnavailable'
  | 'notifications.text.other'
  | 'notifications.text.otherUnavailable';

/** Which sentence describes a notification, and with what. */
export function notificationMessage(notification: NotificationLike): {
  key: NotificationTextKey;
  /** Null: say "someone" in the interface language. */
  actor: string | null;
  title: string | null;
} {
  const available = notification.targetTitle !== null;
  const mention = notification.kind === 'comment.mention';
  let key: NotificationTextKey;
  if (mention)
    key = available ? 'notifications.text.mention' : 'notifications.text.mentionUnavailable';
  else key = available ? 'notifications.text.other' : 'notifications.text.otherUnavailable';
  return { key, actor: notification.actorName, title: notification.targetTitle };
}

/**
 * "Eleanor Vance mentioned you on “Talking points”", or "… on a note that is no longer available
 * to you" once the reader has lost access (the API then withholds the title).
 */
export function notificationText(notification: NotificationLike, t: TFunction): string {
  const { key, actor, title } = notificationMessage(notification);
  return t(key, { actor: actor ?? t('notifications.someone'), title: title ?? '' });
}

/** The bell's accessible name: "Notifications, 3 unread". */
export function bellLabel(unread: number, t: TFunction): string {
  return unread > 0
    ? t('notifications.bellUnread', { count: unread })
    : t('notifications.bellNoneUnread');
}
