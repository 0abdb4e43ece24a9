import { useState } from 'react';
import {
  Anchor,
  Button,
  ColorSwatch,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PartnerCode } from '@berne/domain';
import type { DelegationMemberFieldsFragment } from '../../../generated/graphql';
import {
  MeetingDelegationsQuery,
  RemoveDelegationMemberMutation,
} from '../graphql/delegations.operations';
import { levelLabelKey } from '../members';
import { MemberModal } from './MemberModal';
import { usePartners } from '../../meetings/hooks/usePartners';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';
import { TEXT_COLORS } from '../../meetings/display';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { partnerName } from '../../partners/partner-display';
import { currentLanguage } from '../../../i18n/i18n';
import { LoadingState } from '../../../app/layout/LoadingState';

type Member = DelegationMemberFieldsFragment;

interface Editing {
  partnerCode: PartnerCode;
  member: Member | null;
}

/** Each participating partner's delegation to the meeting: who, from which ministry, at what level. */
export function MeetingDelegations({ meetingId }: { meetingId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { byCode } = usePartners();
  const { data, loading, error } = useQuery(MeetingDelegationsQuery, {
    variables: { meetingId },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const [remove, removeState] = useMutation(RemoveDelegationMemberMutation, {
    refetchQueries: ['MeetingDelegations'],
  });

  const label = (code: string) => {
    const partner = byCode(code);
    return partner ? partnerName(partner, language) : code;
  };

  async function onRemove() {
    if (!removing) return;
    setRemoveError(null);
    try {
      await remove({ variables: { id: removing.id } });
      setRemoving(null);
    } catch (caught) {
      setRemoving(null);
      setRemoveError(caught);
    }
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="delegations-heading">
      <Title order={2} id="delegations-heading">
        {t('delegations.title')}
      </Title>
      {error && <ErrorAlert error={error} />}
      {removeError != null && <ApiErrorAlert error={removeError} />}
      {loading && !data && <LoadingState label={t('delegations.loading')} />}
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
        {(data?.meetingDelegations ?? []).map((delegation) => {
          const partner = byCode(delegation.partnerCode);
          const headingId = `delegation-${delegation.partnerCode}`;
          return (
            <Paper
              key={delegation.partnerCode}
              withBorder
              p="md"
              component="section"
              aria-labelledby={headingId}
              data-testid={`delegation-${delegation.partnerCode}`}
            >
              <Stack gap="sm">
                <Group justify="space-between" wrap="nowrap">
                  <Group gap="xs" wrap="nowrap">
                    {partner && <ColorSwatch color={partner.color} size={12} aria-hidden />}
                    <Title order={3} size="h4" id={headingId}>
                      {label(delegation.partnerCode)}
                    </Title>
                  </Group>
                  <Anchor component={Link} to={`/delegations/${delegation.partnerCode}`} size="sm">
                    {t('delegations.continuityLink', { partner: label(delegation.partnerCode) })}
                  </Anchor>
                </Group>
                {delegation.members.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('delegations.empty')}
                  </Text>
                ) : (
                  <Table.ScrollContainer minWidth={480}>
                    <Table aria-labelledby={headingId} verticalSpacing={6}>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('delegations.fields.name')}</Table.Th>
                          <Table.Th scope="col">{t('delegations.fields.function')}</Table.Th>
                          <Table.Th scope="col">{t('delegations.fields.level')}</Table.Th>
                          {delegation.canEdit && (
                            <Table.Th scope="col">{t('delegations.actions')}</Table.Th>
                          )}
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {delegation.members.map((member) => (
                          <Table.Tr key={member.id}>
                            <Table.Td>
                              <Text size="sm" fw={500}>
                                {member.name}
                              </Text>
                              <Text size="xs" c="dimmed">
                                {member.ministry}
                              </Text>
                            </Table.Td>
                            <Table.Td>{member.function}</Table.Td>
                            <Table.Td>{t(levelLabelKey(member.level))}</Table.Td>
                            {delegation.canEdit && (
                              <Table.Td>
                                <Group gap={4} wrap="nowrap">
                                  <Button
                                    size="compact-xs"
                                    variant="subtle"
                                    aria-label={t('delegations.editNamed', { name: member.name })}
                                    onClick={() =>
                                      setEditing({ partnerCode: delegation.partnerCode, member })
                                    }
                                  >
                                    {t('delegations.edit')}
                                  </Button>
                                  <Button
                                    size="compact-xs"
                                    variant="subtle"
                                    color={TEXT_COLORS.bad}
                                    aria-label={t('delegations.removeNamed', { name: member.name })}
                                    onClick={() => setRemoving(member)}
                                  >
                                    {t('delegations.remove')}
                                  </Button>
                                </Group>
                              </Table.Td>
                            )}
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                {delegation.canEdit && (
                  <Group>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() =>
                        setEditing({ partnerCode: delegation.partnerCode, member: null })
                      }
                      aria-label={t('delegations.addNamed', {
                        partner: label(delegation.partnerCode),
                      })}
                    >
                      {t('delegations.add')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>

      {editing && (
        <MemberModal
          key={editing.member?.id ?? `new-${editing.partnerCode}`}
          opened
          onClose={() => setEditing(null)}
          meetingId={meetingId}
          partnerCode={editing.partnerCode}
          partnerLabel={label(editing.partnerCode)}
          member={editing.member}
        />
      )}

      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('delegations.removeTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('delegations.removeBody', { name: removing?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" onClick={() => void onRemove()} loading={removeState.loading}>
              {t('delegations.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
