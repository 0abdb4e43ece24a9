import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PARTNERS, isPartnerCode, isRole } from '@berne/domain';
import { InviteUserMutation } from '../graphql/users.operations';
import {
  assignablePartners,
  assignableRoles,
  buildInviteInput,
  type Actor,
  type InviteFormValues,
  type InviteProblem,
} from '../permissions';
import { partnerName, roleLabelKey } from '../../partners/partner-display';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { errorCodeOf, type UiErrorCode } from '../../errors/error-messages';
import { currentLanguage } from '../../../i18n/i18n';

interface InviteUserModalProps {
  opened: boolean;
  actor: Actor;
  onClose: () => void;
  onInvited: (email: string) => void;
}

const EMPTY_FORM: InviteFormValues = {
  email: '',
  displayName: '',
  role: 'DIPLOMAT',
  partnerCode: null,
  clearedForRestricted: false,
};

const FIELD_PROBLEMS: Partial<Record<InviteProblem, 'email' | 'displayName' | 'partnerCode'>> = {
  emailRequired: 'email',
  emailInvalid: 'email',
  displayNameRequired: 'displayName',
  partnerRequired: 'partnerCode',
  partnerNotAllowed: 'partnerCode',
};

export function InviteUserModal({ opened, actor, onClose, onInvited }: InviteUserModalProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const [inviteUser, { loading }] = useMutation(InviteUserMutation, { refetchQueries: ['Users'] });
  const [values, setValues] = useState<InviteFormValues>(() => ({
    ...EMPTY_FORM,
    partnerCode: actor.role === 'COORDINATOR' ? actor.partnerCode : null,
  }));
  const [problem, setProblem] = useState<InviteProblem | null>(null);
  const [errorCode, setErrorCode] = useState<UiErrorCode | null>(null);

  const set = <K extends keyof InviteFormValues>(key: K, value: InviteFormValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));

  function close() {
    setValues({
      ...EMPTY_FORM,
      partnerCode: actor.role === 'COORDINATOR' ? actor.partnerCode : null,
    });
    setProblem(null);
    setErrorCode(null);
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrorCode(null);
    const built = buildInviteInput(actor, values);
    if ('problem' in built) {
      setProblem(built.problem);
      return;
    }
    setProblem(null);
    try {
      await inviteUser({ variables: { input: built.input } });
      onInvited(built.input.email);
      close();
    } catch (error) {
      setErrorCode(errorCodeOf(error));
    }
  }

  const problemText = problem ? t(`users.invite.problems.${problem}`) : undefined;
  const fieldError = (field: 'email' | 'displayName' | 'partnerCode') =>
    problem && FIELD_PROBLEMS[problem] === field ? problemText : undefined;

  const roleOptions = assignableRoles(actor).map((role) => ({
    value: role,
    label: t(roleLabelKey(role)),
  }));
  const partnerOptions = [
    { value: '', label: t('users.invite.noPartner') },
    ...assignablePartners(actor).map((code) => {
      const partner = PARTNERS.find((p) => p.code === code);
      return { value: code, label: partner ? partnerName(partner, language) : code };
    }),
  ];
  const ownPartner = PARTNERS.find((p) => p.code === actor.partnerCode);

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('users.invite.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-label={t('users.invite.title')}
      >
        <Stack>
          {errorCode && <ErrorAlert code={errorCode} />}
          {problem && !FIELD_PROBLEMS[problem] && (
            <ErrorAlert code="BAD_USER_INPUT" title={problemText} />
          )}
          <TextInput
            label={t('fields.email')}
            type="email"
            name="invite-email"
            autoComplete="off"
            value={values.email}
            onChange={(event) => set('email', event.currentTarget.value)}
            error={fieldError('email')}
            required
            withAsterisk={false}
            data-autofocus
          />
          <TextInput
            label={t('fields.displayName')}
            name="invite-display-name"
            autoComplete="off"
            value={values.displayName}
            onChange={(event) => set('displayName', event.currentTarget.value)}
            error={fieldError('displayName')}
            required
            withAsterisk={false}
          />
          <NativeSelect
            label={t('fields.role')}
            data={roleOptions}
            value={values.role}
            onChange={(event) => {
              const role = event.currentTarget.value;
              if (isRole(role)) set('role', role);
            }}
            required
            withAsterisk={false}
          />
          {actor.role === 'SECRETARIAT' ? (
            <NativeSelect
              label={t('fields.partner')}
              data={partnerOptions}
              value={values.partnerCode ?? ''}
              onChange={(event) => {
                const code = event.currentTarget.value;
                set('partnerCode', isPartnerCode(code) ? code : null);
              }}
              error={fieldError('partnerCode')}
            />
          ) : (
            <TextInput
              label={t('fields.partner')}
              value={ownPartner ? partnerName(ownPartner, language) : ''}
              description={t('users.invite.ownPartnerOnly')}
              readOnly
            />
          )}
          <Checkbox
            label={t('fields.cleared')}
            description={t('users.invite.clearedHelp')}
            checked={values.role !== 'GUEST' && values.clearedForRestricted}
            disabled={values.role === 'GUEST'}
            onChange={(event) => set('clearedForRestricted', event.currentTarget.checked)}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('users.invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
