import { graphql } from '../../../generated';

export const AgendaMeetingRefFieldsFragment = graphql(`
  fragment AgendaMeetingRefFields on AgendaMeetingRef {
    id
    title
    kind
    city
    timeZone
    startsAt
    status
    path
  }
`);

export const AgendaOutcomeFieldsFragment = graphql(`
  fragment AgendaOutcomeFields on AgendaOutcome {
    state
    summary
    positions {
      partnerCode
      position
      text
    }
  }
`);

export const AgendaItemSummaryFieldsFragment = graphql(`
  fragment AgendaItemSummaryFields on AgendaItemSummary {
    id
    meetingId
    title
    description
    proposingPartner
    minutes
    state
    themeCodes
    vulnerableGroups
    influenceRegion
    path
    meeting {
      ...AgendaMeetingRefFields
    }
    outcome {
      ...AgendaOutcomeFields
    }
  }
`);

export const AgendaItemsRaisedBeforeQuery = graphql(`
  query AgendaItemsRaisedBefore($themeCodes: [String!]!, $excludeMeetingId: ID, $limit: Int!) {
    agendaItemsRaisedBefore(
      themeCodes: $themeCodes
      excludeMeetingId: $excludeMeetingId
      limit: $limit
    ) {
      sharedThemeCodes
      item {
        ...AgendaItemSummaryFields
      }
    }
  }
`);

export const AgendaItemHistoryOnThemesQuery = graphql(`
  query AgendaItemHistoryOnThemes($itemId: ID!, $limit: Int!) {
    agendaItemHistoryOnThemes(itemId: $itemId, limit: $limit) {
      sharedThemeCodes
      item {
        ...AgendaItemSummaryFields
      }
    }
  }
`);

export const AgendaSuggestionsQuery = graphql(`
  query AgendaSuggestions($meetingId: ID!) {
    agendaSuggestions(meetingId: $meetingId) {
      previousMeeting {
        ...AgendaMeetingRefFields
      }
      suggestions {
        reason
        why
        title
        description
        alreadyOnAgenda
        agendaItem {
          ...AgendaItemSummaryFields
        }
        actionItem {
          id
          title
          dueDate
          status
          ownerPartner
        }
      }
    }
  }
`);

export const ThemeTimelineQuery = graphql(`
  query ThemeTimeline($themeCode: String!, $limit: Int!) {
    themeTimeline(themeCode: $themeCode, limit: $limit) {
      kind
      id
      date
      title
      meetingCounts {
        agendaItems
        states {
          state
          count
        }
        briefingNotes
        benchmarkAssessments
      }
      partnerCode
      path
      meeting {
        ...AgendaMeetingRefFields
      }
      outcome {
        ...AgendaOutcomeFields
      }
    }
  }
`);

export const SearchAgendaItemsQuery = graphql(`
  query SearchAgendaItems($filter: AgendaItemSearchFilter, $limit: Int!, $offset: Int!) {
    searchAgendaItems(filter: $filter, limit: $limit, offset: $offset) {
      total
      offset
      limit
      results {
        item {
          ...AgendaItemSummaryFields
        }
        titleHighlights {
          start
          length
        }
        snippet {
          text
          highlights {
            start
            length
          }
        }
      }
    }
  }
`);
