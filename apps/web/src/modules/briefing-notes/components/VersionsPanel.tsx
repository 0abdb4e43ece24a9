import { useState, type FormEvent } from 'react';
import {
  Alert,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { NoteVersionFieldsFragment } from '../../../generated/graphql';
import {
  ApproveBriefingNoteVersionMutation,
  BriefingNoteVersionDiffQuery,
  BriefingNoteVersionQuery,
  BriefingNoteVersionsQuery,
  NameBriefingNoteVersionMutation,
  RestoreBriefingNoteVersionMutation,
  SealBriefingNoteVersionMutation,
} from '../graphql/note-versions.operations';
import {
  VERSION_NAME_MAX,
  canApproveVersion,
  canSealVersion,
  checkVersionName,
  versionKindKey,
  versionProblemKey,
  versionProblemOf,
  type VersionActor,
  type VersionProblem,
} from '../versions';
import { localName, partnerOf, personWithPartner } from '../display';
import { useCollabMeta } from '../../../collab/useCollabMeta';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { formatDateTime } from '../../partners/partner-display';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { currentLanguage } from '../../../i18n/i18n';
import type { Language } from '../../../i18n/language';
import { LoadingState } from '../../../app/layout/LoadingState';
import { VersionContent } from './VersionContent';
import { VersionDiffLines } from './VersionDiffLines';

type Version = NoteVersionFieldsFragment;
type Action = 'restore' | 'approve' | 'seal';

interface VersionsPanelProps {
  noteId: string;
  /** The live document (for live updates); null while the note is archived. */
  docName: string | null;
  canEdit: boolean;
  canShare: boolean;
  /** Resolves once the user's own edits are stored: naming a version takes the server's copy. */
  beforeSnapshot: () => Promise<void>;
}

const PAGE = 10;

function PartnerBadges({ version, language }: { version: Version; language: Language }) {
  const { t } = useTranslation();
  if (version.approvals.length === 0) {
    return (
      <Text size="xs" c="gray.8">
        {t('notes.versions.notApproved')}
      </Text>
    );
  }
  return (
    <Group gap={6} align="center">
      <Text size="xs" c="gray.8" id={`version-${version.id}-approvals`}>
        {t('notes.versions.approvedBy')}
      </Text>
      <Group
        component="ul"
        gap={4}
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-labelledby={`version-${version.id}-approvals`}
      >
        {version.approvals.map((approval) => {
          const partner = partnerOf(approval.partnerCode);
          const detail = t('notes.versions.approvalDetail', {
            name: approval.approvedBy.displayName,
            date: formatDateTime(approval.approvedAt, language),
          });
          return (
            <li key={approval.partnerCode}>
              <Badge
                variant="filled"
                color={partner?.color ?? 'gray.8'}
                title={detail}
                data-testid="version-approval"
              >
                {partner ? localName(partner, language) : approval.partnerCode}
                <VisuallyHidden>{`, ${detail}`}</VisuallyHidden>
              </Badge>
            </li>
          );
        })}
      </Group>
    </Group>
  );
}

interface VersionItemProps {
  version: Version;
  actor: VersionActor;
  myPartner: string | null;
  selected: boolean;
  selectable: boolean;
  language: Language;
  onSelect: (selected: boolean) => void;
  onOpen: () => void;
  onCompare: () => void;
  onAction: (action: Action) => void;
}

function VersionItem({
  version,
  actor,
  myPartner,
  selected,
  selectable,
  language,
  onSelect,
  onOpen,
  onCompare,
  onAction,
}: VersionItemProps) {
  const { t } = useTranslation();
  const titleId = `version-${version.id}-title`;
  const number = version.number;
  const by = version.createdBy ? personWithPartner(version.createdBy, language) : null;
  let origin: string;
  if (version.kind === 'RESTORED') {
    origin = t('notes.versions.restoredBy', {
      number: version.restoredFromNumber ?? '?',
      name: by ?? t('notes.versions.someone'),
    });
  } else if (by) {
    origin = t('notes.versions.madeBy', { name: by });
  } else {
    origin = t('notes.versions.madeAutomatically');
  }
  const label = (action: string) => t('notes.versions.actionFor', { action, number });
  const canSeal = canSealVersion(version, actor);

  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="sm"
      aria-labelledby={titleId}
      data-testid="version-item"
      data-version-number={number}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Group gap={6} align="center">
            <Text fw={700} id={titleId}>
              {t('notes.versions.number', { number })}
            </Text>
            <Badge variant="outline" color="gray.8" size="sm">
              {t(versionKindKey(version.kind))}
            </Badge>
            {version.sealedAt && (
              <Badge variant="filled" color="dark.7" size="sm" data-testid="version-sealed">
                {t('notes.versions.sealed')}
              </Badge>
            )}
          </Group>
          <Checkbox
            size="xs"
            label={t('notes.versions.select')}
            aria-label={t('notes.versions.selectLabel', { number })}
            checked={selected}
            disabled={!selected && !selectable}
            onChange={(event) => onSelect(event.currentTarget.checked)}
          />
        </Group>
        {version.name && (
          <Text fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="version-name">
            {version.name}
          </Text>
        )}
        <Text size="sm" c="gray.8">
          {origin} ·{' '}
          <time dateTime={version.createdAt}>{formatDateTime(version.createdAt, language)}</time>
        </Text>
        {version.kind === 'NAMED' && <PartnerBadges version={version} language={language} />}
        {version.sealedAt && (
          <Text size="sm" c="gray.8">
            {t('notes.versions.sealedBy', {
              name: version.sealedBy?.displayName ?? t('notes.versions.someone'),
              date: formatDateTime(version.sealedAt, language),
            })}
          </Text>
        )}
        <Group gap={6}>
          <Button
            size="compact-sm"
            variant="default"
            onClick={onOpen}
            aria-label={label(t('notes.versions.open'))}
          >
            {t('notes.versions.open')}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            onClick={onCompare}
            aria-label={label(t('notes.versions.compareWithCurrent'))}
          >
            {t('notes.versions.compareWithCurrent')}
          </Button>
          {actor.canEdit && (
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => onAction('restore')}
              aria-label={label(t('notes.versions.restore'))}
            >
              {t('notes.versions.restore')}
            </Button>
          )}
          {myPartner && canApproveVersion(version, actor) && (
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => onAction('approve')}
              aria-label={label(t('notes.versions.approve', { partner: myPartner }))}
            >
              {t('notes.versions.approve', { partner: myPartner })}
            </Button>
          )}
          {canSeal && version.approvals.length > 0 && (
            <Button
              size="compact-sm"
              variant="light"
              color="dark.7"
              onClick={() => onAction('seal')}
              aria-label={label(t('notes.versions.seal'))}
            >
              {t('notes.versions.seal')}
            </Button>
          )}
        </Group>
        {canSeal && version.approvals.length === 0 && (
          <Text size="xs" c="gray.8">
            {t('notes.versions.sealNeedsApproval')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function VersionViewModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(BriefingNoteVersionQuery, { variables: { id } });
  const content = data?.briefingNoteVersion;
  const number = content?.version.number;
  const title = content?.version.name
    ? t('notes.versions.view.titleNamed', { number, name: content.version.name })
    : number !== undefined
      ? t('notes.versions.number', { number })
      : t('notes.versions.view.loading');
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {error && <ErrorAlert error={error} />}
      {loading && !content && <LoadingState label={t('notes.versions.view.loading')} />}
      {content && (
        <Stack gap="sm">
          <Text size="sm">{t('notes.versions.view.readOnly')}</Text>
          <VersionContent
            key={content.version.id}
            state={content.state}
            label={t('notes.versions.view.label', { number: content.version.number })}
          />
        </Stack>
      )}
    </Modal>
  );
}

function VersionDiffModal({
  fromId,
  toId,
  onClose,
}: {
  fromId: string;
  toId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(BriefingNoteVersionDiffQuery, {
    variables: { fromId, toId },
    // The current text changes all the time: never a cached comparison.
    fetchPolicy: 'network-only',
  });
  const diff = data?.briefingNoteVersionDiff;
  const title = diff
    ? diff.to
      ? t('notes.versions.diff.titleVersions', { from: diff.from.number, to: diff.to.number })
      : t('notes.versions.diff.titleCurrent', { from: diff.from.number })
    : t('notes.versions.diff.loading');
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {error && <ErrorAlert error={error} />}
      {loading && !diff && <LoadingState label={t('notes.versions.diff.loading')} />}
      {diff && (
        <Stack gap="sm">
          <Text size="sm" data-testid="version-diff-summary">
            {t('notes.versions.diff.summary', { added: diff.added, removed: diff.removed })}
          </Text>
          {diff.added === 0 && diff.removed === 0 && <Text>{t('notes.versions.diff.none')}</Text>}
          <VersionDiffLines lines={diff.lines} />
        </Stack>
      )}
    </Modal>
  );
}

interface ConfirmProps {
  action: Action;
  version: Version;
  partner: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

function ConfirmVersionAction({ action, version, partner, onClose, onDone }: ConfirmProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<VersionProblem | null>(null);
  const [error, setError] = useState<unknown>(null);
  const options = { refetchQueries: ['BriefingNoteVersions'] };
  const [restore, restoring] = useMutation(RestoreBriefingNoteVersionMutation, options);
  const [approve, approving] = useMutation(ApproveBriefingNoteVersionMutation, options);
  const [seal, sealing] = useMutation(SealBriefingNoteVersionMutation, options);
  const number = version.number;
  const approvedBy = version.approvals.map((a) => a.partnerCode).join(', ');
  const text = {
    restore: {
      title: t('notes.versions.confirm.restoreTitle', { number }),
      body: t('notes.versions.confirm.restoreBody', { number }),
      submit: t('notes.versions.confirm.restoreSubmit'),
    },
    approve: {
      title: t('notes.versions.confirm.approveTitle', { number }),
      body: t('notes.versions.confirm.approveBody', { number, partner }),
      submit: t('notes.versions.confirm.approveSubmit', { partner }),
    },
    seal: {
      title: t('notes.versions.confirm.sealTitle', { number }),
      body: t('notes.versions.confirm.sealBody', { number, partners: approvedBy }),
      submit: t('notes.versions.confirm.sealSubmit'),
    },
  }[action];

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setError(null);
    try {
      switch (action) {
        case 'restore': {
          const result = await restore({ variables: { id: version.id } });
          const restored = result.data?.restoreBriefingNoteVersion.number;
          onDone(t('notes.versions.restoreDone', { number, newNumber: restored ?? '?' }));
          break;
        }
        case 'approve':
          await approve({ variables: { id: version.id } });
          onDone(t('notes.versions.approveDone', { number, partner }));
          break;
        case 'seal':
          await seal({ variables: { id: version.id } });
          onDone(t('notes.versions.sealDone', { number }));
          break;
      }
    } catch (e) {
      const named = versionProblemOf(e, action);
      if (named) setProblem(named);
      else setError(e);
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={text.title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void confirm(event)} aria-label={text.title}>
        <Stack>
          {problem && (
            <Alert color="red" variant="light" title={t('common.errorTitle')}>
              {t(versionProblemKey(problem))}
            </Alert>
          )}
          {error != null && <ErrorAlert error={error} />}
          <Text>{text.body}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={restoring.loading || approving.loading || sealing.loading}
              data-autofocus
            >
              {text.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function NameVersionForm({
  noteId,
  beforeSnapshot,
  onDone,
}: {
  noteId: string;
  beforeSnapshot: () => Promise<void>;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<VersionProblem | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [waiting, setWaiting] = useState(false);
  const [create, { loading }] = useMutation(NameBriefingNoteVersionMutation, {
    refetchQueries: ['BriefingNoteVersions'],
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const found = checkVersionName(name);
    setProblem(found);
    if (found) return;
    try {
      setWaiting(true);
      await beforeSnapshot();
      const result = await create({ variables: { noteId, name: name.trim() } });
      const version = result.data?.nameBriefingNoteVersion;
      setName('');
      onDone(
        t('notes.versions.nameDone', { number: version?.number ?? '?', name: version?.name ?? '' }),
      );
    } catch (e) {
      const named = versionProblemOf(e, 'name');
      if (named) setProblem(named);
      else setError(e);
    } finally {
      setWaiting(false);
    }
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('notes.versions.name.title')}
    >
      <Stack gap={6}>
        {error != null && <ErrorAlert error={error} />}
        <TextInput
          label={t('notes.versions.name.label')}
          description={t('notes.versions.name.description')}
          value={name}
          maxLength={VERSION_NAME_MAX + 20}
          onChange={(event) => setName(event.currentTarget.value)}
          error={problem ? t(versionProblemKey(problem)) : undefined}
        />
        <Group justify="flex-end">
          <Button type="submit" size="compact-md" loading={loading || waiting}>
            {t('notes.versions.name.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The versions of a note: automatic, named and restored ones, newest first. Editors name, restore
 * and approve; whoever may share the note seals; everyone who reads it may open and compare.
 */
export function VersionsPanel({
  noteId,
  docName,
  canEdit,
  canShare,
  beforeSnapshot,
}: VersionsPanelProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const me = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(BriefingNoteVersionsQuery, {
    variables: { noteId },
    fetchPolicy: 'cache-and-network',
  });
  useCollabMeta(docName, (kind) => {
    if (kind !== 'comments') void refetch().catch(() => undefined);
  });
  const [shown, setShown] = useState(PAGE);
  const [selected, setSelected] = useState<string[]>([]);
  const [viewing, setViewing] = useState<string | null>(null);
  const [comparing, setComparing] = useState<{ fromId: string; toId: string | null } | null>(null);
  const [confirming, setConfirming] = useState<{ action: Action; version: Version } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const versions = data?.briefingNoteVersions ?? [];
  const actor: VersionActor = {
    role: me.role,
    partnerCode: me.partner?.code ?? null,
    canEdit,
    canShare,
  };
  const myPartner = me.partner ? localName(me.partner, language) : null;

  function compareSelected() {
    const picked = versions
      .filter((v) => selected.includes(v.id))
      .sort((a, b) => a.number - b.number);
    if (picked.length === 2) setComparing({ fromId: picked[0].id, toId: picked[1].id });
  }

  function done(message: string) {
    setConfirming(null);
    setNotice(message);
  }

  return (
    <Stack gap="sm" data-testid="versions-panel">
      {notice && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
          data-testid="versions-notice"
        >
          {notice}
        </Alert>
      )}
      {canEdit ? (
        <NameVersionForm noteId={noteId} beforeSnapshot={beforeSnapshot} onDone={setNotice} />
      ) : (
        <Text size="sm" c="gray.8">
          {t('notes.versions.readOnly')}
        </Text>
      )}
      {error && !data && <ErrorAlert error={error} title={t('notes.versions.loadFailed')} />}
      {loading && !data && <LoadingState label={t('notes.versions.loading')} />}
      {data && versions.length === 0 && <Text size="sm">{t('notes.versions.empty')}</Text>}
      {versions.length > 1 && (
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="gray.8" id="versions-compare-hint">
            {selected.length === 2
              ? t('notes.versions.compareReady')
              : t('notes.versions.compareHint')}
          </Text>
          <Button
            size="compact-sm"
            variant="default"
            disabled={selected.length !== 2}
            onClick={compareSelected}
            aria-describedby="versions-compare-hint"
          >
            {t('notes.versions.compareSelected')}
          </Button>
        </Group>
      )}
      {versions.length > 0 && (
        <Stack
          component="ol"
          gap="xs"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('notes.versions.listLabel')}
        >
          {versions.slice(0, shown).map((version) => (
            <VersionItem
              key={version.id}
              version={version}
              actor={actor}
              myPartner={myPartner}
              language={language}
              selected={selected.includes(version.id)}
              selectable={selected.length < 2}
              onSelect={(on) =>
                setSelected((ids) =>
                  on ? [...ids, version.id] : ids.filter((id) => id !== version.id),
                )
              }
              onOpen={() => setViewing(version.id)}
              onCompare={() => setComparing({ fromId: version.id, toId: null })}
              onAction={(action) => setConfirming({ action, version })}
            />
          ))}
        </Stack>
      )}
      {versions.length > shown && (
        <Box>
          <Button size="compact-sm" variant="subtle" onClick={() => setShown((n) => n + PAGE)}>
            {t('notes.versions.showMore', { count: versions.length - shown })}
          </Button>
        </Box>
      )}

      {viewing && <VersionViewModal id={viewing} onClose={() => setViewing(null)} />}
      {comparing && (
        <VersionDiffModal
          fromId={comparing.fromId}
          toId={comparing.toId}
          onClose={() => setComparing(null)}
        />
      )}
      {confirming && (
        <ConfirmVersionAction
          action={confirming.action}
          version={confirming.version}
          partner={myPartner ?? ''}
          onClose={() => setConfirming(null)}
          onDone={done}
        />
      )}
    </Stack>
  );
}
