import type { Classification } from '@berne/domain';
import { AppError, CommonErrors } from '../../../common/app-error';
import { DUE_YEAR_MAX, DUE_YEAR_MIN } from './due-date';

export const ACTION_TITLE_MAX = 200;
export const ACTION_DESCRIPTION_MAX = 5000;

const LABEL: Record<Classification, string> = {
  PUBLIC: 'public',
  PARTNERS: 'for partners',
  PARTNER_PRIVATE: 'partner-private',
  RESTRICTED: 'restricted',
};

export const ActionItemErrors = {
  notFound: () => CommonErrors.notFound('action item'),
  staffOnly: () =>
    new AppError('FORBIDDEN', 'Action items are for partner staff and the secretariat.'),
  titleEmpty: () => CommonErrors.badInput('Give the action item a title.', { title: ['required'] }),
  titleTooLong: () =>
    CommonErrors.badInput(`A title has at most ${ACTION_TITLE_MAX} characters.`, {
      title: ['too long'],
    }),
  descriptionTooLong: () =>
    CommonErrors.badInput(`A description has at most ${ACTION_DESCRIPTION_MAX} characters.`, {
      description: ['too long'],
    }),
  badDueDate: (text: string) =>
    CommonErrors.badInput(
      `“${text.slice(0, 20)}” is not a date: write the due date as YYYY-MM-DD, e.g. 2027-03-31.`,
      { dueDate: ['not a date'] },
    ),
  dueDateOutOfRange: () =>
    CommonErrors.badInput(`Choose a due date between ${DUE_YEAR_MIN} and ${DUE_YEAR_MAX}.`, {
      dueDate: ['out of range'],
    }),
  ownerNotYours: () =>
    new AppError(
      'FORBIDDEN',
      'You record action items for your own partner; the secretariat may give them to any partner.',
    ),
  noOwner: () =>
    CommonErrors.badInput('Say which partner owns the action item.', {
      ownerPartner: ['required'],
    }),
  classificationNotYours: (classification: Classification) =>
    CommonErrors.badInput(
      classification === 'PUBLIC'
        ? 'Only coordinators and the secretariat record public action items.'
        : `You could not read an action item ${LABEL[classification]} with this owner: choose another classification.`,
      { classification: ['not allowed'] },
    ),
  unknownAssignee: () =>
    CommonErrors.badInput(
      'There is no active staff account with this id: assign the item to a partner diplomat, coordinator or the secretariat.',
      { assigneeId: ['unknown'] },
    ),
  assigneeCannotRead: (name: string, classification: Classification) =>
    CommonErrors.badInput(
      `${name} cannot read an action item ${LABEL[classification]} like this one: choose someone who can, or change its classification.`,
      { assigneeId: ['cannot read'] },
    ),
  notEditor: () =>
    new AppError(
      'FORBIDDEN',
      'Only members of the owning partner, the assignee and the secretariat change an action item.',
    ),
};
