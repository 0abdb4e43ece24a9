import type { ActionItemModel } from './action-item.model';
import type { ActionItemView } from './action-items.service';

export const toActionItemModel = ({
  item,
  meeting,
  assignee,
  createdBy,
  overdue,
  canEdit,
}: ActionItemView): ActionItemModel => ({
  id: item.id,
  title: item.title,
  description: item.description,
  meetingId: item.meetingId,
  meeting: meeting
    ? {
        id: meeting.id,
        title: meeting.title,
        kind: meeting.kind,
        city: meeting.city,
        startsAt: meeting.startsAt,
        status: meeting.status,
      }
    : null,
  agendaItemId: item.agendaItemId,
  ownerPartner: item.ownerPartner,
  assignee,
  dueDate: item.dueDate,
  status: item.status,
  overdue,
  classification: item.classification,
  createdBy,
  completedAt: item.completedAt,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
  canEdit,
});
