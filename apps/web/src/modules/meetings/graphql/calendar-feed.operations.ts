import { graphql } from '../../../generated';

export const CalendarFeedQuery = graphql(`
  query CalendarFeed {
    calendarFeed {
      createdAt
      lastUsedAt
    }
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      url
      createdAt
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);
