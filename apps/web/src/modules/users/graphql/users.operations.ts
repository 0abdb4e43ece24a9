import { graphql } from '../../../generated';

export const UsersQuery = graphql(`
  query Users($filter: UsersFilter) {
    users(filter: $filter) {
      id
      email
      displayName
      role
      clearedForRestricted
      disabled
      partner {
        code
        name
        nameFr
      }
    }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
      displayName
      role
      clearedForRestricted
      disabled
      partner {
        code
        name
        nameFr
      }
    }
  }
`);

export const SetUserDisabledMutation = graphql(`
  mutation SetUserDisabled($input: SetUserDisabledInput!) {
    setUserDisabled(input: $input) {
      id
      disabled
    }
  }
`);
