import { useState, type FormEvent, type MouseEvent } from 'react';
import { Button, Group, Popover, Stack, TextInput, Toolbar } from '@mantine/core';
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { describeShortcut, normaliseLink, shortcutPlatform } from '../display';
import { COMMENT_SHORTCUT } from '../comment-extension';
import { ToolbarIcon, type ToolbarIconName } from './ToolbarIcon';

const PLATFORM = shortcutPlatform(typeof navigator === 'undefined' ? '' : navigator.platform);

interface ToolProps {
  label: string;
  /** A ProseMirror key binding, e.g. "Mod-b": hinted in the title and in aria-keyshortcuts. */
  shortcut?: string;
  /** Toggles say whether they are on (aria-pressed); actions leave it out. */
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
  icon: ToolbarIconName;
}

function Tool({ label, shortcut, active, disabled, onClick, icon }: ToolProps) {
  const { t } = useTranslation();
  const keys = shortcut ? describeShortcut(shortcut, PLATFORM) : null;
  return (
    <Toolbar.Toggle
      aria-label={label}
      title={keys ? t('notes.editor.withShortcut', { action: label, keys: keys.label }) : label}
      aria-keyshortcuts={keys?.aria}
      active={active}
      disabled={disabled}
      autoWidth
      // Keep the editor's selection: the button must not take focus from the text on mouse down.
      onMouseDown={(event: MouseEvent) => event.preventDefault()}
      onClick={onClick}
    >
      <ToolbarIcon name={icon} />
    </Toolbar.Toggle>
  );
}

function LinkTool({ editor, active }: { editor: Editor; active: boolean }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [address, setAddress] = useState('');
  const [invalid, setInvalid] = useState(false);

  function open() {
    setAddress(editor.getAttributes('link')['href'] ?? '');
    setInvalid(false);
    setOpened(true);
  }

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const href = normaliseLink(address);
    if (!href) {
      setInvalid(true);
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] });
    } else {
      chain.setLink({ href });
    }
    chain.run();
    setOpened(false);
  }

  function remove() {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    setOpened(false);
  }

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      trapFocus
      returnFocus
      position="bottom-start"
      withinPortal
    >
      <Popover.Target>
        <Toolbar.Toggle
          aria-label={t('notes.editor.link')}
          title={t('notes.editor.link')}
          aria-haspopup="dialog"
          aria-expanded={opened}
          active={active}
          autoWidth
          onMouseDown={(event: MouseEvent) => event.preventDefault()}
          onClick={() => (opened ? setOpened(false) : open())}
        >
          <ToolbarIcon name="link" />
        </Toolbar.Toggle>
      </Popover.Target>
      <Popover.Dropdown>
        <form onSubmit={apply} noValidate aria-label={t('notes.editor.link')}>
          <Stack gap="xs" w={320}>
            <TextInput
              label={t('notes.editor.linkAddress')}
              type="url"
              value={address}
              onChange={(event) => setAddress(event.currentTarget.value)}
              error={invalid ? t('notes.editor.linkInvalid') : undefined}
              data-autofocus
            />
            <Group justify="flex-end" gap="xs">
              {active && (
                <Button variant="default" size="compact-sm" onClick={remove}>
                  {t('notes.editor.linkRemove')}
                </Button>
              )}
              <Button type="submit" size="compact-sm">
                {t('notes.editor.linkApply')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}

function CommentTool({ onComment }: { onComment: () => void }) {
  const { t } = useTranslation();
  return (
    <Tool
      label={t('notes.comments.add')}
      shortcut={COMMENT_SHORTCUT}
      onClick={onComment}
      icon="comment"
    />
  );
}

/** For those who may comment but not edit: the Comment button alone. */
export function CommentToolbar({
  controls,
  onComment,
}: {
  controls: string;
  onComment: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Toolbar
      aria-label={t('notes.comments.toolbar')}
      aria-controls={controls}
      withBorder={false}
      variant="filled"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-4)', borderRadius: 0 }}
    >
      <Toolbar.Group>
        <CommentTool onComment={onComment} />
      </Toolbar.Group>
    </Toolbar>
  );
}

interface EditorToolbarProps {
  editor: Editor;
  controls: string;
  /** Shown when the user may comment: starts a comment on the selection. */
  onComment?: () => void;
}

/**
 * Formatting buttons. One tab stop for the whole bar; arrow keys, Home and End move between
 * buttons (Mantine's Toolbar); each names its keyboard shortcut.
 */
export function EditorToolbar({ editor, controls, onComment }: EditorToolbarProps) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      heading2: e.isActive('heading', { level: 2 }),
      heading3: e.isActive('heading', { level: 3 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      link: e.isActive('link'),
      inTable: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) =>
    command(editor.chain().focus()).run();

  return (
    <Toolbar
      aria-label={t('notes.editor.toolbar')}
      aria-controls={controls}
      withBorder={false}
      variant="filled"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-4)', borderRadius: 0 }}
    >
      <Toolbar.Group>
        <Tool
          label={t('notes.editor.bold')}
          shortcut="Mod-b"
          active={state.bold}
          onClick={() => run((c) => c.toggleBold())}
          icon="bold"
        />
        <Tool
          label={t('notes.editor.italic')}
          shortcut="Mod-i"
          active={state.italic}
          onClick={() => run((c) => c.toggleItalic())}
          icon="italic"
        />
      </Toolbar.Group>
      <Toolbar.Divider />
      <Toolbar.Group>
        <Tool
          label={t('notes.editor.heading2')}
          shortcut="Mod-Alt-2"
          active={state.heading2}
          onClick={() => run((c) => c.toggleHeading({ level: 2 }))}
          icon="heading2"
        />
        <Tool
          label={t('notes.editor.heading3')}
          shortcut="Mod-Alt-3"
          active={state.heading3}
          onClick={() => run((c) => c.toggleHeading({ level: 3 }))}
          icon="heading3"
        />
        <Tool
          label={t('notes.editor.bulletList')}
          shortcut="Mod-Shift-8"
          active={state.bulletList}
          onClick={() => run((c) => c.toggleBulletList())}
          icon="bulletList"
        />
        <Tool
          label={t('notes.editor.orderedList')}
          shortcut="Mod-Shift-7"
          active={state.orderedList}
          onClick={() => run((c) => c.toggleOrderedList())}
          icon="orderedList"
        />
        <Tool
          label={t('notes.editor.blockquote')}
          shortcut="Mod-Shift-b"
          active={state.blockquote}
          onClick={() => run((c) => c.toggleBlockquote())}
          icon="blockquote"
        />
        <LinkTool editor={editor} active={state.link} />
      </Toolbar.Group>
      <Toolbar.Divider />
      <Toolbar.Group>
        <Tool
          label={t('notes.editor.insertTable')}
          disabled={state.inTable}
          onClick={() => run((c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }))}
          icon="table"
        />
        <Tool
          label={t('notes.editor.addRow')}
          disabled={!state.inTable}
          onClick={() => run((c) => c.addRowAfter())}
          icon="addRow"
        />
        <Tool
          label={t('notes.editor.addColumn')}
          disabled={!state.inTable}
          onClick={() => run((c) => c.addColumnAfter())}
          icon="addColumn"
        />
        <Tool
          label={t('notes.editor.deleteTable')}
          disabled={!state.inTable}
          onClick={() => run((c) => c.deleteTable())}
          icon="deleteTable"
        />
      </Toolbar.Group>
      <Toolbar.Divider />
      <Toolbar.Group>
        <Tool
          label={t('notes.editor.undo')}
          shortcut="Mod-z"
          disabled={!state.canUndo}
          onClick={() => run((c) => c.undo())}
          icon="undo"
        />
        <Tool
          label={t('notes.editor.redo')}
          shortcut="Mod-Shift-z"
          disabled={!state.canRedo}
          onClick={() => run((c) => c.redo())}
          icon="redo"
        />
      </Toolbar.Group>
      {onComment && (
        <>
          <Toolbar.Divider />
          <Toolbar.Group>
            <CommentTool onComment={onComment} />
          </Toolbar.Group>
        </>
      )}
    </Toolbar>
  );
}
