import type { CSSProperties, ReactNode } from 'react';
import { ActionIcon } from '@mantine/core';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { dropOrder } from '../ordering';

interface SortableAgendaListProps<T extends { id: string; title: string }> {
  items: readonly T[];
  /** Drag and drop is offered (the chair, on an open agenda, while no reorder is being saved). */
  enabled: boolean;
  onReorder: (next: string[], movedId: string) => void;
  /** Renders one item; `handle` is its drag handle (null when dragging is off). */
  renderItem: (item: T, index: number, handle: ReactNode) => ReactNode;
}

function SortableRow({
  id,
  title,
  enabled,
  children,
}: {
  id: string;
  title: string;
  enabled: boolean;
  children: (handle: ReactNode) => ReactNode;
}) {
  const { t } = useTranslation();
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({
    id,
    disabled: !enabled,
    attributes: { roleDescription: t('agendas.order.roleDescription') },
  });
  const style: CSSProperties = {
    transform: CSS.Translate.toString(transform),
    transition,
    position: 'relative',
    zIndex: isDragging ? 2 : undefined,
    opacity: isDragging ? 0.85 : undefined,
  };
  const handle = enabled ? (
    <ActionIcon
      ref={setActivatorNodeRef}
      variant="default"
      size="lg"
      aria-label={t('agendas.order.drag', { title })}
      data-drag={id}
      style={{ cursor: isDragging ? 'grabbing' : 'grab', touchAction: 'none' }}
      {...attributes}
      {...listeners}
    >
      <span aria-hidden>⠿</span>
    </ActionIcon>
  ) : null;
  return (
    <li ref={setNodeRef} style={style} data-dragging={isDragging || undefined}>
      {children(handle)}
    </li>
  );
}

/**
 * The agenda's items as a list the chair reorders by dragging (pointer or keyboard: Space to pick
 * up, arrows to move, Space to drop, Escape to cancel), with what happens announced in words.
 */
export function SortableAgendaList<T extends { id: string; title: string }>({
  items,
  enabled,
  onReorder,
  renderItem,
}: SortableAgendaListProps<T>) {
  const { t } = useTranslation();
  const sensors = useSensors(
    // A few pixels before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = items.map((item) => item.id);
  const titleOf = (id: string | number) => items.find((i) => i.id === id)?.title ?? '';
  const positionOf = (id: string | number | undefined) =>
    id === undefined ? 0 : ids.indexOf(String(id)) + 1;

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('agendas.order.pickedUp', {
        title: titleOf(active.id),
        n: positionOf(active.id),
        count: ids.length,
      }),
    onDragOver: ({ active, over }) =>
      over
        ? t('agendas.order.over', {
            title: titleOf(active.id),
            n: positionOf(over.id),
            count: ids.length,
          })
        : t('agendas.order.outside', { title: titleOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('agendas.order.dropped', {
            title: titleOf(active.id),
            n: positionOf(over.id),
            count: ids.length,
          })
        : t('agendas.order.cancelled', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('agendas.order.cancelled', { title: titleOf(active.id) }),
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    const next = dropOrder(ids, String(active.id), over ? String(over.id) : null);
    if (next) onReorder(next, String(active.id));
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('agendas.order.instructions') },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="agenda-items" data-testid="agenda-items">
          {items.map((item, index) => (
            <SortableRow key={item.id} id={item.id} title={item.title} enabled={enabled}>
              {(handle) => renderItem(item, index, handle)}
            </SortableRow>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
