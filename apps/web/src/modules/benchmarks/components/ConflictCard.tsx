import { useState, type FormEvent } from 'react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BenchmarkConflictFieldsFragment } from '../../../generated/graphql';
import { TEXT_COLORS } from '../../meetings/display';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';
import { ResolveBenchmarkConflictMutation } from '../graphql/benchmarks.operations';
import { usePartnerName } from '../hooks/usePartnerName';
import {
  conflictKindLabelKey,
  conflictStatusLabelKey,
  kindLabelKey,
  statusLabelKey,
} from '../display';

type Side = NonNullable<BenchmarkConflictFieldsFragment['sideA']>;

function SideLine({ side }: { side: Side }) {
  const { t } = useTranslation();
  const name = usePartnerName();
  return (
    <li>
      <Text size="sm" span>
        {name(side.partnerCode)} ({t(kindLabelKey(side.kind))}):{' '}
      </Text>
      <Anchor component={Link} to={`/benchmarks/${side.benchmarkId}`} size="sm">
        {side.statement}
      </Anchor>
      {side.targetDate && (
        <Text size="sm" span>
          {' · '}
          {t('benchmarks.conflict.target', { date: side.targetDate })}
        </Text>
      )}
      {side.assessmentStatus && side.assessmentDate && (
        <Text size="sm" span>
          {' · '}
          {t('benchmarks.conflict.assessed', {
            status: t(statusLabelKey(side.assessmentStatus)),
            date: side.assessmentDate,
          })}
        </Text>
      )}
    </li>
  );
}

/** One conflict flag: its kind, both sides linked, and "Resolve" with a required note. */
export function ConflictCard({
  conflict,
  refetch,
}: {
  conflict: BenchmarkConflictFieldsFragment;
  refetch: readonly string[];
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [resolve, state] = useMutation(ResolveBenchmarkConflictMutation, {
    refetchQueries: [...refetch],
  });
  const noteId = `resolve-note-${conflict.id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!note.trim()) return setMissing(true);
    setMissing(false);
    try {
      await resolve({ variables: { id: conflict.id, note: note.trim() } });
      setOpen(false);
      setNote('');
    } catch {
      // Shown below from the mutation's error.
    }
  }

  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      data-testid="conflict-flag"
      data-kind={conflict.kind}
      data-status={conflict.status}
      aria-labelledby={`conflict-${conflict.id}`}
    >
      <Stack gap={6}>
        <Group gap="xs">
          <Text fw={700} id={`conflict-${conflict.id}`}>
            {t(conflictKindLabelKey(conflict.kind))}
          </Text>
          <Badge
            variant="outline"
            color={conflict.status === 'OPEN' ? TEXT_COLORS.warning : TEXT_COLORS.good}
          >
            {t(conflictStatusLabelKey(conflict.status))}
          </Badge>
          {conflict.alignedObjective && (
            <Text size="sm" c={TEXT_COLORS.neutral}>
              {conflict.alignedObjective.title}
            </Text>
          )}
        </Group>
        <Text size="sm">{t('benchmarks.conflict.sides')}</Text>
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {conflict.sideA && <SideLine side={conflict.sideA} />}
          {conflict.sideB && <SideLine side={conflict.sideB} />}
        </ul>
        {conflict.status === 'RESOLVED' && conflict.resolutionNote && (
          <Text size="sm" data-testid="conflict-resolution">
            {t('benchmarks.conflict.resolvedBy', {
              name: conflict.resolvedBy?.displayName ?? '',
              note: conflict.resolutionNote,
            })}
          </Text>
        )}
        {conflict.status === 'OPEN' && conflict.canResolve && !open && (
          <Group>
            <Button size="xs" variant="default" onClick={() => setOpen(true)}>
              {t('benchmarks.conflict.resolve')}
            </Button>
          </Group>
        )}
        {open && (
          <form
            onSubmit={(e) => void submit(e)}
            noValidate
            aria-label={t('benchmarks.conflict.resolveTitle')}
          >
            <Stack gap="xs">
              <Textarea
                id={noteId}
                label={t('benchmarks.conflict.note')}
                description={t('benchmarks.conflict.noteHelp')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                required
                autosize
                minRows={2}
                maxLength={2000}
                error={missing ? t('benchmarks.conflict.noteRequired') : undefined}
                data-autofocus
              />
              {state.error && <ApiErrorAlert error={state.error} />}
              <Group>
                <Button type="submit" size="xs" loading={state.loading}>
                  {t('benchmarks.conflict.submit')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setOpen(false)}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
