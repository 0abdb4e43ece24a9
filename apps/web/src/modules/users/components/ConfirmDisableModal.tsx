import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SetUserDisabledMutation } from '../graphql/users.operations';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { errorCodeOf, type UiErrorCode } from '../../errors/error-messages';

export interface DisableTarget {
  id: string;
  displayName: string;
  email: string;
  disabled: boolean;
}

interface ConfirmDisableModalProps {
  target: DisableTarget | null;
  onClose: () => void;
  onDone: (target: DisableTarget) => void;
}

/** Asks before disabling (or re-enabling) an account; disabling ends the user's sessions. */
export function ConfirmDisableModal({ target, onClose, onDone }: ConfirmDisableModalProps) {
  const { t } = useTranslation();
  const [setUserDisabled, { loading }] = useMutation(SetUserDisabledMutation);
  const [errorCode, setErrorCode] = useState<UiErrorCode | null>(null);
  const disabling = target ? !target.disabled : true;

  function close() {
    setErrorCode(null);
    onClose();
  }

  async function confirm() {
    if (!target) return;
    setErrorCode(null);
    try {
      await setUserDisabled({
        variables: { input: { userId: target.id, disabled: !target.disabled } },
      });
      onDone(target);
      close();
    } catch (error) {
      setErrorCode(errorCodeOf(error));
    }
  }

  return (
    <Modal
      opened={target !== null}
      onClose={close}
      title={disabling ? t('users.confirm.disableTitle') : t('users.confirm.enableTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target && (
        <Stack>
          {errorCode && <ErrorAlert code={errorCode} />}
          <Text>
            {disabling
              ? t('users.confirm.disableBody', { name: target.displayName, email: target.email })
              : t('users.confirm.enableBody', { name: target.displayName, email: target.email })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              color={disabling ? 'red.9' : 'blue'}
              onClick={() => void confirm()}
              loading={loading}
            >
              {disabling ? t('users.confirm.disableAction') : t('users.confirm.enableAction')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
