import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PARTNERS, ROLES, isPartnerCode, isRole, type PartnerCode, type Role } from '@berne/domain';
import { UsersQuery } from '../graphql/users.operations';
import { canAdministerUsers, canManageUser, type Actor } from '../permissions';
import { InviteUserModal } from './InviteUserModal';
import { ConfirmDisableModal, type DisableTarget } from './ConfirmDisableModal';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { partnerName, roleLabelKey } from '../../partners/partner-display';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { currentLanguage } from '../../../i18n/i18n';
import { LoadingState } from '../../../app/layout/LoadingState';

export function UsersPanel() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const me = useCurrentUser();
  const actor: Actor = { id: me.id, role: me.role, partnerCode: me.partner?.code ?? null };

  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<Role | null>(null);
  const [partnerCode, setPartnerCode] = useState<PartnerCode | null>(null);
  const [inviteOpened, invite] = useDisclosure(false);
  const [confirmTarget, setConfirmTarget] = useState<DisableTarget | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const filter = {
    ...(debouncedSearch ? { search: debouncedSearch } : {}),
    ...(role ? { role } : {}),
    ...(partnerCode ? { partnerCode } : {}),
  };
  const { data, previousData, loading, error } = useQuery(UsersQuery, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  const users = (data ?? previousData)?.users;

  const roleOptions = [
    { value: '', label: t('users.filters.allRoles') },
    ...ROLES.map((r) => ({ value: r, label: t(roleLabelKey(r)) })),
  ];
  const partnerOptions = [
    { value: '', label: t('users.filters.allPartners') },
    ...PARTNERS.map((p) => ({ value: p.code, label: partnerName(p, language) })),
  ];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('users.filters.search')}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={260}
          />
          <NativeSelect
            label={t('fields.role')}
            data={roleOptions}
            value={role ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setRole(isRole(value) ? value : null);
            }}
          />
          {me.role === 'SECRETARIAT' && (
            <NativeSelect
              label={t('fields.partner')}
              data={partnerOptions}
              value={partnerCode ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setPartnerCode(isPartnerCode(value) ? value : null);
              }}
            />
          )}
        </Group>
        {canAdministerUsers(actor) && (
          <Button onClick={invite.open}>{t('users.invite.open')}</Button>
        )}
      </Group>

      {notice && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      {error && <ErrorAlert error={error} />}
      {loading && <LoadingState label={t('users.loading')} />}

      {users && users.length === 0 && !loading && <Text>{t('users.empty')}</Text>}
      {users && users.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table
            striped
            highlightOnHover
            aria-label={t('users.tableLabel')}
            data-testid="users-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fields.displayName')}</Table.Th>
                <Table.Th scope="col">{t('fields.email')}</Table.Th>
                <Table.Th scope="col">{t('fields.partner')}</Table.Th>
                <Table.Th scope="col">{t('fields.role')}</Table.Th>
                <Table.Th scope="col">{t('users.columns.cleared')}</Table.Th>
                <Table.Th scope="col">{t('users.columns.status')}</Table.Th>
                <Table.Th scope="col">{t('users.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.map((user) => {
                const target = {
                  id: user.id,
                  role: user.role,
                  partnerCode: user.partner?.code ?? null,
                };
                return (
                  <Table.Tr key={user.id}>
                    <Table.Td>{user.displayName}</Table.Td>
                    <Table.Td>{user.email}</Table.Td>
                    <Table.Td>
                      {user.partner ? partnerName(user.partner, language) : t('common.none')}
                    </Table.Td>
                    <Table.Td>{t(roleLabelKey(user.role))}</Table.Td>
                    <Table.Td>
                      {user.clearedForRestricted ? t('common.yes') : t('common.no')}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="outline" color={user.disabled ? 'red.9' : 'teal.9'}>
                        {user.disabled ? t('users.status.disabled') : t('users.status.active')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {canManageUser(actor, target) && (
                        <Button
                          size="compact-sm"
                          variant="default"
                          aria-label={
                            user.disabled
                              ? t('users.actions.enableUser', { name: user.displayName })
                              : t('users.actions.disableUser', { name: user.displayName })
                          }
                          onClick={() => setConfirmTarget(user)}
                        >
                          {user.disabled ? t('users.actions.enable') : t('users.actions.disable')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <InviteUserModal
        opened={inviteOpened}
        actor={actor}
        onClose={invite.close}
        onInvited={(email) => setNotice(t('users.invite.sent', { email }))}
      />
      <ConfirmDisableModal
        target={confirmTarget}
        onClose={() => setConfirmTarget(null)}
        onDone={(target) =>
          setNotice(
            target.disabled
              ? t('users.confirm.enabled', { name: target.displayName })
              : t('users.confirm.disabled', { name: target.displayName }),
          )
        }
      />
    </Stack>
  );
}
