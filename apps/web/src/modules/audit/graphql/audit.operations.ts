import { graphql } from '../../../generated';

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilterInput, $offset: Int!, $limit: Int!) {
    auditLog(filter: $filter, offset: $offset, limit: $limit) {
      total
      entries {
        id
        at
        actorId
        actorEmail
        action
        resourceType
        resourceId
        outcome
        ip
        details
      }
    }
  }
`);

export const VerifyAuditLogQuery = graphql(`
  query VerifyAuditLog {
    verifyAuditLog {
      ok
      checked
      firstBrokenId
    }
  }
`);
