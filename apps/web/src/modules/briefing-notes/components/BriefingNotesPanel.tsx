import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BriefingNotesQuery, ThemesQuery } from '../graphql/briefing-notes.operations';
import { canCreateNotes, type NoteActor } from '../classification';
import { authorNames, localName } from '../display';
import { ClassificationBadge } from './ClassificationBadge';
import { CreateBriefingNoteModal } from './CreateBriefingNoteModal';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { formatDateTime } from '../../partners/partner-display';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { currentLanguage } from '../../../i18n/i18n';
import { LoadingState } from '../../../app/layout/LoadingState';

/** The notes the user may read, with filters, and the way to start a new one. */
export function BriefingNotesPanel() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const me = useCurrentUser();
  const actor: NoteActor = {
    role: me.role,
    partnerCode: me.partner?.code ?? null,
    clearedForRestricted: me.clearedForRestricted,
  };

  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [themeCode, setThemeCode] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [createOpened, create] = useDisclosure(false);

  const filter = {
    ...(debouncedSearch ? { search: debouncedSearch } : {}),
    ...(themeCode ? { themeCode } : {}),
    ...(includeArchived ? { includeArchived } : {}),
  };
  const { data, previousData, loading, error } = useQuery(BriefingNotesQuery, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  const themes = useQuery(ThemesQuery);
  const notes = (data ?? previousData)?.briefingNotes;

  const themeOptions = [
    { value: '', label: t('notes.filters.allThemes') },
    ...(themes.data?.themes ?? []).map((theme) => ({
      value: theme.code,
      label: localName(theme, language),
    })),
  ];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group
          align="flex-end"
          gap="sm"
          role="search"
          aria-label={t('notes.filters.label')}
          wrap="wrap"
        >
          <TextInput
            label={t('notes.filters.search')}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={260}
          />
          <NativeSelect
            label={t('notes.filters.theme')}
            data={themeOptions}
            value={themeCode}
            onChange={(event) => setThemeCode(event.currentTarget.value)}
            maw={320}
          />
          <Checkbox
            label={t('notes.filters.includeArchived')}
            checked={includeArchived}
            onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
            mb={8}
          />
        </Group>
        {canCreateNotes(actor) && <Button onClick={create.open}>{t('notes.create.open')}</Button>}
      </Group>

      {error && <ErrorAlert error={error} />}
      {loading && !notes && <LoadingState label={t('notes.loading')} />}

      {notes && notes.length === 0 && !loading && <Text>{t('notes.empty')}</Text>}
      {notes && notes.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table
            striped
            highlightOnHover
            aria-label={t('notes.tableLabel')}
            aria-busy={loading}
            data-testid="notes-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('notes.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('notes.fields.classification')}</Table.Th>
                <Table.Th scope="col">{t('notes.fields.owner')}</Table.Th>
                <Table.Th scope="col">{t('notes.fields.themes')}</Table.Th>
                <Table.Th scope="col">{t('notes.fields.authors')}</Table.Th>
                <Table.Th scope="col">{t('notes.fields.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {notes.map((note) => (
                <Table.Tr key={note.id}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor component={Link} to={`/briefing-notes/${note.id}`} fw={500}>
                        {note.title}
                      </Anchor>
                      {note.archivedAt && (
                        <Badge variant="outline" color="gray.8" size="sm">
                          {t('notes.archived')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <ClassificationBadge classification={note.classification} />
                  </Table.Td>
                  <Table.Td>{localName(note.ownerPartner, language)}</Table.Td>
                  <Table.Td>
                    {note.themes.length
                      ? note.themes.map((theme) => localName(theme, language)).join('; ')
                      : t('notes.noThemes')}
                  </Table.Td>
                  <Table.Td>{authorNames(note.authors) || t('notes.noAuthors')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={note.updatedAt}>
                      {formatDateTime(note.updatedAt, language)}
                    </time>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <CreateBriefingNoteModal
        opened={createOpened}
        actor={actor}
        themes={themes.data?.themes ?? []}
        onClose={create.close}
      />
    </Stack>
  );
}
