import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DELEGATION_LEVELS, type DelegationLevel, type PartnerCode } from '@berne/domain';
import type { DelegationMemberFieldsFragment } from '../../../generated/graphql';
import {
  AddDelegationMemberMutation,
  UpdateDelegationMemberMutation,
} from '../graphql/delegations.operations';
import {
  checkMember,
  levelLabelKey,
  MEMBER_LIMITS,
  type MemberDraft,
  type MemberField,
} from '../members';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';

interface MemberModalProps {
  opened: boolean;
  onClose: () => void;
  meetingId: string;
  partnerCode: PartnerCode;
  partnerLabel: string;
  /** The member to edit; none to add one. */
  member?: DelegationMemberFieldsFragment | null;
}

const emptyDraft = (): MemberDraft => ({
  name: '',
  ministry: '',
  function: '',
  level: 'SENIOR_OFFICIAL',
});

/** Adds a person to a partner's delegation, or corrects one. */
export function MemberModal({
  opened,
  onClose,
  meetingId,
  partnerCode,
  partnerLabel,
  member,
}: MemberModalProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MemberDraft>(() =>
    member
      ? {
          name: member.name,
          ministry: member.ministry,
          function: member.function,
          level: member.level,
        }
      : emptyDraft(),
  );
  const [problems, setProblems] = useState<Partial<Record<MemberField, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [add, adding] = useMutation(AddDelegationMemberMutation, {
    refetchQueries: ['MeetingDelegations'],
  });
  const [update, updating] = useMutation(UpdateDelegationMemberMutation, {
    refetchQueries: ['MeetingDelegations'],
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const found = checkMember(draft);
    setProblems(
      Object.fromEntries(
        Object.entries(found).map(([field, problem]) => [
          field,
          problem === 'required'
            ? t(`delegations.problems.${field as MemberField}Required`)
            : t('delegations.problems.tooLong', { max: MEMBER_LIMITS[field as MemberField] }),
        ]),
      ),
    );
    if (Object.keys(found).length > 0) return;
    const clean = {
      name: draft.name.trim(),
      ministry: draft.ministry.trim(),
      function: draft.function.trim(),
      level: draft.level,
    };
    try {
      if (member) await update({ variables: { input: { id: member.id, ...clean } } });
      else await add({ variables: { input: { meetingId, partnerCode, ...clean } } });
      setDraft(emptyDraft());
      onClose();
    } catch (caught) {
      setError(caught);
    }
  }

  const field = (name: 'name' | 'ministry' | 'function', label: string, description?: string) => (
    <TextInput
      label={label}
      description={description}
      value={draft[name]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setDraft((previous) => ({ ...previous, [name]: value }));
      }}
      error={problems[name]}
      required
      withAsterisk={false}
      maxLength={MEMBER_LIMITS[name] + 20}
      autoComplete="off"
    />
  );

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        member
          ? t('delegations.editTitle', { partner: partnerLabel })
          : t('delegations.addTitle', { partner: partnerLabel })
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack>
          {error != null && <ApiErrorAlert error={error} />}
          {field('name', t('delegations.fields.name'))}
          {field('ministry', t('delegations.fields.ministry'), t('delegations.ministryHelp'))}
          {field('function', t('delegations.fields.function'), t('delegations.functionHelp'))}
          <NativeSelect
            label={t('delegations.fields.level')}
            data={DELEGATION_LEVELS.map((level) => ({
              value: level,
              label: t(levelLabelKey(level)),
            }))}
            value={draft.level}
            onChange={(event) => {
              const level = DELEGATION_LEVELS.find((l) => l === event.currentTarget.value);
              if (level) setDraft((previous) => ({ ...previous, level: level as DelegationLevel }));
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={adding.loading || updating.loading}>
              {member ? t('delegations.save') : t('delegations.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
