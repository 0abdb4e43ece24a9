import { useCallback, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  ArchiveBriefingNoteMutation,
  BriefingNoteQuery,
  UnarchiveBriefingNoteMutation,
} from '../modules/briefing-notes/graphql/briefing-notes.operations';
import { classificationLabelKey, type NoteActor } from '../modules/briefing-notes/classification';
import { authorNames, localName } from '../modules/briefing-notes/display';
import { ClassificationBadge } from '../modules/briefing-notes/components/ClassificationBadge';
import { NoteTitle } from '../modules/briefing-notes/components/NoteTitle';
import { ReclassifyModal } from '../modules/briefing-notes/components/ReclassifyModal';
import { NoteWorkspace } from '../modules/briefing-notes/components/NoteWorkspace';
import { ExportMenu } from '../modules/briefing-notes/components/ExportMenu';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { formatDateTime } from '../modules/partners/partner-display';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { errorCodeOf, type UiErrorCode } from '../modules/errors/error-messages';
import { currentLanguage } from '../i18n/i18n';
import { LoadingState } from '../app/layout/LoadingState';
import { usePageTitle } from '../app/layout/usePageTitle';

/** Codes that mean "no such note for you": the API does not say which. */
const ABSENT: readonly UiErrorCode[] = ['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT'];

function NoteNotFound() {
  const { t } = useTranslation();
  usePageTitle(t('notes.note.notFoundTitle'));
  return (
    <Stack gap="md" data-testid="note-not-found">
      <Title order={1}>{t('notes.note.notFoundTitle')}</Title>
      <Text>{t('notes.note.notFoundBody')}</Text>
      <Anchor component={Link} to="/briefing-notes">
        {t('notes.note.backToList')}
      </Anchor>
    </Stack>
  );
}

/** One briefing note: its details, the controls of whoever manages it, and the live editor. */
export function BriefingNotePage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(BriefingNoteQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [archive, archiving] = useMutation(ArchiveBriefingNoteMutation, {
    refetchQueries: ['BriefingNotes'],
  });
  const [unarchive, unarchiving] = useMutation(UnarchiveBriefingNoteMutation, {
    refetchQueries: ['BriefingNotes'],
  });
  const [reclassifyOpened, reclassify] = useDisclosure(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const note = data?.briefingNote;
  usePageTitle(note?.title ?? t('notes.title'));
  // Reclassified out of reach or archived meanwhile: ask the API what the note is now.
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);

  // Checked before the cached copy: a note whose access was just revoked is gone, even if cached.
  if (error && ABSENT.includes(errorCodeOf(error))) return <NoteNotFound />;
  if (!note) {
    if (loading) return <LoadingState label={t('notes.note.loading')} />;
    return (
      <Stack maw={560}>
        <ErrorAlert error={error} title={t('common.loadFailedTitle')} />
        <Button onClick={() => void refetch()}>{t('common.retry')}</Button>
      </Stack>
    );
  }

  const actor: NoteActor = {
    role: me.role,
    partnerCode: me.partner?.code ?? null,
    clearedForRestricted: me.clearedForRestricted,
  };
  const archived = note.archivedAt !== null;

  async function toggleArchived() {
    setActionError(null);
    setNotice(null);
    try {
      if (archived) {
        await unarchive({ variables: { id: note!.id } });
        setNotice(t('notes.note.unarchivedDone'));
      } else {
        await archive({ variables: { id: note!.id } });
        setNotice(t('notes.note.archivedDone'));
      }
    } catch (e) {
      setActionError(e);
    }
  }

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/briefing-notes" size="sm">
        ← {t('notes.note.backToList')}
      </Anchor>
      <NoteTitle key={note.id} id={note.id} title={note.title} canEdit={note.canEdit} />

      <Group justify="space-between" align="flex-start" gap="md">
        <Table
          variant="vertical"
          layout="auto"
          withTableBorder
          maw={720}
          aria-label={t('notes.note.detailsLabel')}
          data-testid="note-details"
        >
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" w={180}>
                {t('notes.fields.classification')}
              </Table.Th>
              <Table.Td>
                <Group gap="xs">
                  <ClassificationBadge classification={note.classification} />
                  {archived && (
                    <Badge variant="outline" color="gray.8">
                      {t('notes.archived')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('notes.fields.owner')}</Table.Th>
              <Table.Td>{localName(note.ownerPartner, language)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('notes.fields.themes')}</Table.Th>
              <Table.Td>
                {note.themes.length
                  ? note.themes.map((theme) => localName(theme, language)).join('; ')
                  : t('notes.noThemes')}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('notes.fields.authors')}</Table.Th>
              <Table.Td>{authorNames(note.authors) || t('notes.noAuthors')}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('notes.fields.updated')}</Table.Th>
              <Table.Td>
                <time dateTime={note.updatedAt}>{formatDateTime(note.updatedAt, language)}</time>
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Group gap="sm">
          <ExportMenu noteId={note.id} />
          {note.canShare && !archived && (
            <Button variant="default" onClick={reclassify.open}>
              {t('notes.note.reclassify.open')}
            </Button>
          )}
          {note.canShare && (
            <Button
              variant="default"
              onClick={() => void toggleArchived()}
              loading={archiving.loading || unarchiving.loading}
            >
              {archived ? t('notes.note.unarchive') : t('notes.note.archive')}
            </Button>
          )}
        </Group>
      </Group>

      {notice && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      {actionError != null && <ErrorAlert error={actionError} />}
      <NoteWorkspace
        note={{
          id: note.id,
          title: note.title,
          docName: note.docName,
          canEdit: note.canEdit,
          canShare: note.canShare,
          archived,
        }}
        onClosed={reload}
      />

      {note.canShare && (
        <ReclassifyModal
          opened={reclassifyOpened}
          actor={actor}
          note={{
            id: note.id,
            classification: note.classification,
            ownerPartner: note.ownerPartner.code,
          }}
          onClose={reclassify.close}
          onDone={(classification) =>
            setNotice(
              t('notes.note.reclassify.done', {
                classification: t(classificationLabelKey(classification)),
              }),
            )
          }
        />
      )}
    </Stack>
  );
}
