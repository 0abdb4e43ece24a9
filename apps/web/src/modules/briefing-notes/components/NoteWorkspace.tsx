import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Grid, Paper, Tabs } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  BriefingNoteCommentsQuery,
  StartNoteCommentThreadMutation,
} from '../graphql/note-comments.operations';
import { anchorOfRange, yBindingOf, type CommentAnchor } from '../../../collab/comment-anchors';
import {
  commentHighlightsKey,
  setActiveThread,
  setHighlightedThreads,
  type CommentHighlightsState,
} from '../../../collab/comment-highlights';
import { useCollabMeta } from '../../../collab/useCollabMeta';
import { whenSaved } from '../../../collab/when-saved';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { quoteOf, threadsInTextOrder } from '../comments';
import { CommentsPanel, threadDescriptionId } from './CommentsPanel';
import { NoteLiveEditor, type NoteEditorHandle } from './NoteLiveEditor';
import { VersionsPanel } from './VersionsPanel';

interface NoteWorkspaceProps {
  note: {
    id: string;
    title: string;
    docName: string;
    canEdit: boolean;
    canShare: boolean;
    archived: boolean;
  };
  /** The server closed the live document (access revoked, archived): the page reloads the note. */
  onClosed: () => void;
}

type Tab = 'comments' | 'versions';

/** Where the threads are in the text, as far as the list needs to know (not every keystroke). */
interface ThreadLayout {
  bound: boolean;
  order: string[];
}

const SIDE_PANEL_ID = 'note-side-panel';

/**
 * The note's live editor with its comments and versions beside it. The editor highlights the
 * commented text; the Comment button (or Ctrl+Alt+M) opens a comment on the selection; both
 * panels refresh when the server says something changed next to the document.
 */
export function NoteWorkspace({ note, onClosed }: NoteWorkspaceProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canComment = me.role !== 'GUEST' && !note.archived;
  const docName = note.archived ? null : note.docName;
  const [handle, setHandle] = useState<NoteEditorHandle | null>(null);
  const [tab, setTab] = useState<Tab>('comments');
  const [composer, setComposer] = useState<{ anchor: CommentAnchor; quote: string } | null>(null);
  const [selectFirst, setSelectFirst] = useState(false);
  // A notification links to `?detail=<thread id>`: that thread opens active.
  const [searchParams] = useSearchParams();
  const [activeId, setActiveId] = useState<string | null>(() => searchParams.get('detail'));
  const [showResolved, setShowResolved] = useState(false);
  const [layout, setLayout] = useState<ThreadLayout>({ bound: false, order: [] });

  const comments = useQuery(BriefingNoteCommentsQuery, {
    variables: { noteId: note.id, includeResolved: true },
    fetchPolicy: 'cache-and-network',
  });
  const { refetch } = comments;
  useCollabMeta(docName, (kind) => {
    if (kind !== 'versions') void refetch().catch(() => undefined);
  });
  const [start] = useMutation(StartNoteCommentThreadMutation, {
    refetchQueries: ['BriefingNoteComments'],
  });
  const threads = useMemo(() => comments.data?.briefingNoteComments ?? [], [comments.data]);

  // The editor highlights what the threads are anchored to; re-resolved whenever they change.
  const editor = handle?.editor ?? null;
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const highlighted = threads.map((thread) => ({
      id: thread.id,
      anchorStart: thread.anchorStart,
      anchorEnd: thread.anchorEnd,
      resolved: thread.resolvedAt !== null,
      descriptionId: threadDescriptionId(thread.id),
    }));
    editor.view.dispatch(setHighlightedThreads(editor.state.tr, highlighted));
  }, [editor, threads]);
  // A thread hidden from the list (resolved, resolved ones not shown) is not being looked at.
  const activeThread = threads.find((thread) => thread.id === activeId);
  const shownActiveId =
    activeThread && (showResolved || activeThread.resolvedAt === null) ? activeThread.id : null;
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(setActiveThread(editor.state.tr, shownActiveId));
  }, [editor, shownActiveId]);

  const onHighlights = useCallback((state: CommentHighlightsState) => {
    const order = [...state.ranges.entries()]
      .sort((a, b) => a[1].from - b[1].from)
      .map(([id]) => id);
    setLayout((previous) =>
      previous.bound === state.bound && previous.order.join() === order.join()
        ? previous
        : { bound: state.bound, order },
    );
  }, []);

  const handleRef = useRef(handle);
  useEffect(() => {
    handleRef.current = handle;
  }, [handle]);

  const onComment = useCallback(() => {
    const current = handleRef.current;
    if (!current) return;
    const { state } = current.editor;
    setTab('comments');
    const { from, to, empty } = state.selection;
    const binding = yBindingOf(state);
    const quote = empty ? '' : quoteOf(state.doc.textBetween(from, to, ' ', ' '));
    if (!binding || !quote) {
      setComposer(null);
      setSelectFirst(true);
      return;
    }
    setSelectFirst(false);
    setComposer({ anchor: anchorOfRange(binding, { from, to }), quote });
  }, []);

  const onActivateThread = useCallback((threadId: string) => {
    setActiveId(threadId);
    setTab('comments');
    // After the tab shows: bring the thread into view without taking focus from the text.
    window.setTimeout(() => {
      document
        .getElementById(`comment-thread-${threadId}`)
        ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }, 0);
  }, []);

  const onShow = useCallback((threadId: string) => {
    setActiveId(threadId);
    const current = handleRef.current?.editor;
    const range = current
      ? commentHighlightsKey.getState(current.state)?.ranges.get(threadId)
      : null;
    if (current && range) {
      current.chain().focus().setTextSelection(range).scrollIntoView().run();
    }
  }, []);

  async function onStart(body: string, mentionUserIds: string[]) {
    if (!composer) return;
    // The anchor may name text typed a moment ago: the server checks it against its own copy.
    if (handle) await whenSaved(handle.session.provider);
    const result = await start({
      variables: {
        input: {
          noteId: note.id,
          anchorStart: composer.anchor.anchorStart,
          anchorEnd: composer.anchor.anchorEnd,
          quote: composer.quote,
          body,
          mentionUserIds,
        },
      },
    });
    setComposer(null);
    setActiveId(result.data?.startNoteCommentThread.id ?? null);
  }

  const beforeSnapshot = useCallback(
    () => (handleRef.current ? whenSaved(handleRef.current.session.provider) : Promise.resolve()),
    [],
  );

  const located = layout.bound ? new Set(layout.order) : null;
  const ordered = layout.bound
    ? threadsInTextOrder(threads, new Map(layout.order.map((id, index) => [id, index])))
    : threads;
  const openCount = threads.filter((thread) => thread.resolvedAt === null).length;

  return (
    <Grid gap="md" align="flex-start">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        {note.archived ? (
          // The server closes an archived note's live document: nothing to connect to.
          <Alert color="gray" variant="light" data-testid="archived-notice">
            {t('notes.note.archivedNotice')}
          </Alert>
        ) : (
          <NoteLiveEditor
            docName={note.docName}
            title={note.title}
            canEdit={note.canEdit}
            user={{
              id: me.id,
              name: me.displayName,
              partner: me.partner?.code ?? null,
              color: me.partner?.color ?? '#495057',
            }}
            onClosed={onClosed}
            canComment={canComment}
            onComment={onComment}
            onHighlights={onHighlights}
            onActivateThread={onActivateThread}
            onReady={setHandle}
          />
        )}
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Paper
          withBorder
          radius="md"
          p="sm"
          component="section"
          id={SIDE_PANEL_ID}
          aria-label={t('notes.sidePanel')}
        >
          {/* Both panels stay live while hidden: they follow collab:meta, and the highlights'
              descriptions live in the comments panel. */}
          <Tabs
            keepMountedMode="display-none"
            value={tab}
            onChange={(value) => setTab(value === 'versions' ? 'versions' : 'comments')}
          >
            <Tabs.List mb="sm">
              <Tabs.Tab value="comments" data-testid="comments-tab">
                {t('notes.comments.tab', { open: openCount })}
              </Tabs.Tab>
              <Tabs.Tab value="versions" data-testid="versions-tab">
                {t('notes.versions.tab')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="comments">
              <CommentsPanel
                noteId={note.id}
                threads={ordered}
                loading={comments.loading}
                error={comments.error}
                located={note.archived ? null : located}
                activeId={shownActiveId}
                canComment={canComment}
                composer={composer}
                selectFirst={selectFirst}
                showResolved={showResolved}
                onShowResolved={setShowResolved}
                onStart={onStart}
                onCancelComposer={() => setComposer(null)}
                onShow={onShow}
              />
            </Tabs.Panel>
            <Tabs.Panel value="versions">
              <VersionsPanel
                noteId={note.id}
                docName={docName}
                canEdit={note.canEdit}
                canShare={note.canShare && !note.archived}
                beforeSnapshot={beforeSnapshot}
              />
            </Tabs.Panel>
          </Tabs>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
