import { createInstance, type TFunction } from 'i18next';
import en from '../../../i18n/en.json';
import fr from '../../../i18n/fr.json';
import { bellLabel, notificationMessage, notificationText } from '../notification-text';

async function translator(lng: 'en' | 'fr'): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({
    lng,
    resources: { en: { translation: en }, fr: { translation: fr } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

const mention = {
  kind: 'comment.mention',
  actorName: 'Eleanor Vance',
  targetTitle: 'Brussels round: talking points',
};

describe('notification text', () => {
  it('names who mentioned you and on which note', async () => {
    const t = await translator('en');
    expect(notificationText(mention, t)).toBe(
      'Eleanor Vance mentioned you on “Brussels round: talking points”',
    );
    const tFr = await translator('fr');
    expect(notificationText(mention, tFr)).toBe(
      'Eleanor Vance vous a mentionné dans « Brussels round: talking points »',
    );
  });

  it('withholds the title of a note you can no longer open', async () => {
    const t = await translator('en');
    const gone = { ...mention, targetTitle: null };
    expect(notificationMessage(gone).key).toBe('notifications.text.mentionUnavailable');
    expect(notificationText(gone, t)).toBe(
      'Eleanor Vance mentioned you on a note that is no longer available to you',
    );
  });

  it('says "someone" when the author is unknown, and handles kinds it does not know', async () => {
    const t = await translator('en');
    expect(notificationText({ ...mention, actorName: null }, t)).toBe(
      'Someone mentioned you on “Brussels round: talking points”',
    );
    expect(notificationText({ ...mention, kind: 'case.assigned' }, t)).toBe(
      'Eleanor Vance: something new on “Brussels round: talking points”',
    );
  });

  it('gives the bell a name with the unread count', async () => {
    const t = await translator('en');
    expect(bellLabel(3, t)).toBe('Notifications, 3 unread');
    expect(bellLabel(1, t)).toBe('Notifications, 1 unread');
    expect(bellLabel(0, t)).toBe('Notifications, none unread');
    const tFr = await translator('fr');
    expect(bellLabel(3, tFr)).toBe('Notifications, 3 non lues');
    expect(bellLabel(1, tFr)).toBe('Notifications, 1 non lue');
  });
});
