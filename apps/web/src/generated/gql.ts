/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query AuditLog($filter: AuditFilterInput, $offset: Int!, $limit: Int!) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      entries {\n        id\n        at\n        actorId\n        actorEmail\n        action\n        resourceType\n        resourceId\n        outcome\n        ip\n        details\n      }\n    }\n  }\n': typeof types.AuditLogDocument;
  '\n  query VerifyAuditLog {\n    verifyAuditLog {\n      ok\n      checked\n      firstBrokenId\n    }\n  }\n': typeof types.VerifyAuditLogDocument;
  '\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    role\n    clearedForRestricted\n    disabled\n    locale\n    partner {\n      code\n      name\n      nameFr\n      capital\n      timeZone\n      color\n    }\n  }\n': typeof types.CurrentUserFieldsFragmentDoc;
  '\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  fragment BriefingNoteFields on BriefingNote {\n    id\n    title\n    docName\n    classification\n    archivedAt\n    createdAt\n    updatedAt\n    canEdit\n    canShare\n    ownerPartner {\n      code\n      name\n      nameFr\n      color\n    }\n    themes {\n      code\n      name\n      nameFr\n    }\n    authors {\n      id\n      displayName\n      partnerCode\n    }\n  }\n': typeof types.BriefingNoteFieldsFragmentDoc;
  '\n  query BriefingNotes($filter: BriefingNotesFilter) {\n    briefingNotes(filter: $filter) {\n      ...BriefingNoteFields\n    }\n  }\n': typeof types.BriefingNotesDocument;
  '\n  query BriefingNote($id: ID!) {\n    briefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n': typeof types.BriefingNoteDocument;
  '\n  query Themes {\n    themes {\n      code\n      name\n      nameFr\n    }\n  }\n': typeof types.ThemesDocument;
  '\n  mutation CreateBriefingNote($input: CreateBriefingNoteInput!) {\n    createBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n': typeof types.CreateBriefingNoteDocument;
  '\n  mutation RenameBriefingNote($input: RenameBriefingNoteInput!) {\n    renameBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n': typeof types.RenameBriefingNoteDocument;
  '\n  mutation ReclassifyBriefingNote($input: ReclassifyBriefingNoteInput!) {\n    reclassifyBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n': typeof types.ReclassifyBriefingNoteDocument;
  '\n  mutation ArchiveBriefingNote($id: ID!) {\n    archiveBriefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n': typeof types.ArchiveBriefingNoteDocument;
  '\n  mutation UnarchiveBriefingNote($id: ID!) {\n    unarchiveBriefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n': typeof types.UnarchiveBriefingNoteDocument;
  '\n  query Users($filter: UsersFilter) {\n    users(filter: $filter) {\n      id\n      email\n      displayName\n      role\n      clearedForRestricted\n      disabled\n      partner {\n        code\n        name\n        nameFr\n      }\n    }\n  }\n': typeof types.UsersDocument;
  '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      clearedForRestricted\n      disabled\n      partner {\n        code\n        name\n        nameFr\n      }\n    }\n  }\n': typeof types.InviteUserDocument;
  '\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      id\n      disabled\n    }\n  }\n': typeof types.SetUserDisabledDocument;
};
const documents: Documents = {
  '\n  query AuditLog($filter: AuditFilterInput, $offset: Int!, $limit: Int!) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      entries {\n        id\n        at\n        actorId\n        actorEmail\n        action\n        resourceType\n        resourceId\n        outcome\n        ip\n        details\n      }\n    }\n  }\n':
    types.AuditLogDocument,
  '\n  query VerifyAuditLog {\n    verifyAuditLog {\n      ok\n      checked\n      firstBrokenId\n    }\n  }\n':
    types.VerifyAuditLogDocument,
  '\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    role\n    clearedForRestricted\n    disabled\n    locale\n    partner {\n      code\n      name\n      nameFr\n      capital\n      timeZone\n      color\n    }\n  }\n':
    types.CurrentUserFieldsFragmentDoc,
  '\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n': types.MeDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n':
    types.ResetPasswordDocument,
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n':
    types.ChangePasswordDocument,
  '\n  fragment BriefingNoteFields on BriefingNote {\n    id\n    title\n    docName\n    classification\n    archivedAt\n    createdAt\n    updatedAt\n    canEdit\n    canShare\n    ownerPartner {\n      code\n      name\n      nameFr\n      color\n    }\n    themes {\n      code\n      name\n      nameFr\n    }\n    authors {\n      id\n      displayName\n      partnerCode\n    }\n  }\n':
    types.BriefingNoteFieldsFragmentDoc,
  '\n  query BriefingNotes($filter: BriefingNotesFilter) {\n    briefingNotes(filter: $filter) {\n      ...BriefingNoteFields\n    }\n  }\n':
    types.BriefingNotesDocument,
  '\n  query BriefingNote($id: ID!) {\n    briefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n':
    types.BriefingNoteDocument,
  '\n  query Themes {\n    themes {\n      code\n      name\n      nameFr\n    }\n  }\n':
    types.ThemesDocument,
  '\n  mutation CreateBriefingNote($input: CreateBriefingNoteInput!) {\n    createBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n':
    types.CreateBriefingNoteDocument,
  '\n  mutation RenameBriefingNote($input: RenameBriefingNoteInput!) {\n    renameBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n':
    types.RenameBriefingNoteDocument,
  '\n  mutation ReclassifyBriefingNote($input: ReclassifyBriefingNoteInput!) {\n    reclassifyBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n':
    types.ReclassifyBriefingNoteDocument,
  '\n  mutation ArchiveBriefingNote($id: ID!) {\n    archiveBriefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n':
    types.ArchiveBriefingNoteDocument,
  '\n  mutation UnarchiveBriefingNote($id: ID!) {\n    unarchiveBriefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n':
    types.UnarchiveBriefingNoteDocument,
  '\n  query Users($filter: UsersFilter) {\n    users(filter: $filter) {\n      id\n      email\n      displayName\n      role\n      clearedForRestricted\n      disabled\n      partner {\n        code\n        name\n        nameFr\n      }\n    }\n  }\n':
    types.UsersDocument,
  '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      clearedForRestricted\n      disabled\n      partner {\n        code\n        name\n        nameFr\n      }\n    }\n  }\n':
    types.InviteUserDocument,
  '\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      id\n      disabled\n    }\n  }\n':
    types.SetUserDisabledDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLog($filter: AuditFilterInput, $offset: Int!, $limit: Int!) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      entries {\n        id\n        at\n        actorId\n        actorEmail\n        action\n        resourceType\n        resourceId\n        outcome\n        ip\n        details\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLog($filter: AuditFilterInput, $offset: Int!, $limit: Int!) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      entries {\n        id\n        at\n        actorId\n        actorEmail\n        action\n        resourceType\n        resourceId\n        outcome\n        ip\n        details\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VerifyAuditLog {\n    verifyAuditLog {\n      ok\n      checked\n      firstBrokenId\n    }\n  }\n',
): (typeof documents)['\n  query VerifyAuditLog {\n    verifyAuditLog {\n      ok\n      checked\n      firstBrokenId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    role\n    clearedForRestricted\n    disabled\n    locale\n    partner {\n      code\n      name\n      nameFr\n      capital\n      timeZone\n      color\n    }\n  }\n',
): (typeof documents)['\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    role\n    clearedForRestricted\n    disabled\n    locale\n    partner {\n      code\n      name\n      nameFr\n      capital\n      timeZone\n      color\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BriefingNoteFields on BriefingNote {\n    id\n    title\n    docName\n    classification\n    archivedAt\n    createdAt\n    updatedAt\n    canEdit\n    canShare\n    ownerPartner {\n      code\n      name\n      nameFr\n      color\n    }\n    themes {\n      code\n      name\n      nameFr\n    }\n    authors {\n      id\n      displayName\n      partnerCode\n    }\n  }\n',
): (typeof documents)['\n  fragment BriefingNoteFields on BriefingNote {\n    id\n    title\n    docName\n    classification\n    archivedAt\n    createdAt\n    updatedAt\n    canEdit\n    canShare\n    ownerPartner {\n      code\n      name\n      nameFr\n      color\n    }\n    themes {\n      code\n      name\n      nameFr\n    }\n    authors {\n      id\n      displayName\n      partnerCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BriefingNotes($filter: BriefingNotesFilter) {\n    briefingNotes(filter: $filter) {\n      ...BriefingNoteFields\n    }\n  }\n',
): (typeof documents)['\n  query BriefingNotes($filter: BriefingNotesFilter) {\n    briefingNotes(filter: $filter) {\n      ...BriefingNoteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BriefingNote($id: ID!) {\n    briefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n',
): (typeof documents)['\n  query BriefingNote($id: ID!) {\n    briefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Themes {\n    themes {\n      code\n      name\n      nameFr\n    }\n  }\n',
): (typeof documents)['\n  query Themes {\n    themes {\n      code\n      name\n      nameFr\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateBriefingNote($input: CreateBriefingNoteInput!) {\n    createBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateBriefingNote($input: CreateBriefingNoteInput!) {\n    createBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RenameBriefingNote($input: RenameBriefingNoteInput!) {\n    renameBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RenameBriefingNote($input: RenameBriefingNoteInput!) {\n    renameBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReclassifyBriefingNote($input: ReclassifyBriefingNoteInput!) {\n    reclassifyBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReclassifyBriefingNote($input: ReclassifyBriefingNoteInput!) {\n    reclassifyBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveBriefingNote($id: ID!) {\n    archiveBriefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveBriefingNote($id: ID!) {\n    archiveBriefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnarchiveBriefingNote($id: ID!) {\n    unarchiveBriefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UnarchiveBriefingNote($id: ID!) {\n    unarchiveBriefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users($filter: UsersFilter) {\n    users(filter: $filter) {\n      id\n      email\n      displayName\n      role\n      clearedForRestricted\n      disabled\n      partner {\n        code\n        name\n        nameFr\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Users($filter: UsersFilter) {\n    users(filter: $filter) {\n      id\n      email\n      displayName\n      role\n      clearedForRestricted\n      disabled\n      partner {\n        code\n        name\n        nameFr\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      clearedForRestricted\n      disabled\n      partner {\n        code\n        name\n        nameFr\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      clearedForRestricted\n      disabled\n      partner {\n        code\n        name\n        nameFr\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      id\n      disabled\n    }\n  }\n',
): (typeof documents)['\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      id\n      disabled\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
