import i18next from 'i18next';
import type { ProviderState } from '@berne/collab/client';
import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
import { COLLAB_ERROR_CODES, connectionStatus, isCollabErrorCode } from '../connection-status';

const state = (patch: Partial<ProviderState>): ProviderState => ({
  status: 'synced',
  unsynced: 0,
  readOnly: false,
  ...patch,
});

describe('connection status of a live document', () => {
  const i18n = i18next.createInstance();
  beforeAll(async () => {
    await i18n.init({
      resources: { en: { translation: en }, fr: { translation: fr } },
      lng: 'en',
      fallbackLng: false,
      interpolation: { escapeValue: false },
    });
  });
  const text = (s: ProviderState, lng: 'en' | 'fr' = 'en') => {
    const status = connectionStatus(s);
    const reason =
      status.reason && 'code' in status.reason
        ? i18n.t(`collab.errors.${status.reason.code}`, { lng })
        : status.reason?.message;
    return i18n.t(`collab.status.${status.key}`, { lng, count: status.count, reason });
  };

  it('says everything is saved once the server has stored every edit', () => {
    expect(text(state({}))).toBe('Connected · all changes saved');
    expect(connectionStatus(state({})).tone).toBe('ok');
  });

  it('says edits are being saved while acknowledgements are pending', () => {
    expect(text(state({ unsynced: 2 }))).toBe('Connected · saving…');
  });

  it('counts unsaved changes while offline, in both languages', () => {
    expect(text(state({ status: 'offline', unsynced: 3 }))).toBe('Offline · 3 unsaved changes');
    expect(text(state({ status: 'offline', unsynced: 1 }))).toBe('Offline · 1 unsaved change');
    expect(text(state({ status: 'offline', unsynced: 3 }), 'fr')).toBe(
      'Hors ligne · 3 modifications non enregistrées',
    );
    expect(text(state({ status: 'offline' }))).toBe('Offline · no unsaved changes');
    expect(connectionStatus(state({ status: 'offline', unsynced: 3 })).tone).toBe('warning');
  });

  it('shows connecting and syncing as work in progress', () => {
    expect(text(state({ status: 'connecting' }))).toBe('Connecting…');
    expect(text(state({ status: 'connecting', unsynced: 2 }))).toBe(
      'Connecting · 2 unsaved changes',
    );
    expect(text(state({ status: 'syncing' }))).toBe('Syncing…');
    expect(connectionStatus(state({ status: 'syncing' })).announce).toBe('connecting');
  });

  it('tells a reader that the note is read-only', () => {
    expect(text(state({ readOnly: true }))).toBe('Connected · read only');
    expect(connectionStatus(state({ readOnly: true })).announce).toBe('readOnly');
  });

  it('translates the reason the server closed the document when the code is known', () => {
    const closed = state({
      status: 'closed',
      error: { code: 'NOT_FOUND', message: 'This document does not exist.' },
    });
    expect(text(closed)).toBe(
      'Closed · this note no longer exists or you no longer have access to it.',
    );
    expect(text(closed, 'fr')).toMatch(/^Fermé · cette note/);
    expect(connectionStatus(closed)).toMatchObject({ tone: 'error', announce: 'closed' });
  });

  it("falls back to the server's own sentence for a code it does not know", () => {
    const closed = state({
      status: 'closed',
      error: { code: 'SOMETHING_NEW' as never, message: 'The server is shutting down.' },
    });
    expect(text(closed)).toBe('Closed · The server is shutting down.');
    expect(text(state({ status: 'closed' }))).toBe('Disconnected');
  });

  it('reports a refused edit without closing the document', () => {
    const refused = state({
      unsynced: 1,
      error: { code: 'INTERNAL_SERVER_ERROR', message: 'Your edit could not be saved.' },
    });
    expect(connectionStatus(refused)).toMatchObject({ key: 'problem', tone: 'warning' });
    expect(text(refused)).toMatch(/^Connected · an edit could not be saved/);
  });

  it.each(['en', 'fr'] as const)('has a sentence for every collab error code in %s', (lng) => {
    for (const code of COLLAB_ERROR_CODES) {
      expect(i18n.exists(`collab.errors.${code}`, { lng, fallbackLng: false })).toBe(true);
    }
    expect(isCollabErrorCode('NOT_FOUND')).toBe(true);
    expect(isCollabErrorCode('nope')).toBe(false);
  });
});
