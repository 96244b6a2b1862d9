import { Alert, Button, Group, Modal, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { splitFormErrors } from '../../../core/graphql-errors';
import type { Role } from '../../../generated/graphql';
import { notifySuccess } from '../../../ui/notify';
import { useTeams } from '../../team/hooks/useTeams';
import { useCreateUser } from '../hooks/useCreateUser';
import { ROLE_OPTIONS, isRole } from '../user-labels';

const MIN_PASSWORD_LENGTH = 10;

const NEW_USER_FIELDS = ['name', 'email', 'title', 'role', 'teamId', 'password'] as const;
type NewUserField = (typeof NEW_USER_FIELDS)[number];

interface NewUserValues {
  name: string;
  email: string;
  title: string;
  role: Role;
  teamId: string | null;
  password: string;
}

const EMPTY_VALUES: NewUserValues = { name: '', email: '', title: '', role: 'MEMBER', teamId: null, password: '' };

function validate(values: NewUserValues): Partial<Record<NewUserField, string>> {
  const errors: Partial<Record<NewUserField, string>> = {};
  if (!values.name.trim()) {
    errors.name = 'Enter the person’s name.';
  }
  if (!/^\S+@\S+\.\S+$/.test(values.email.trim())) {
    errors.email = 'Enter a valid email address.';
  }
  if (values.password.length < MIN_PASSWORD_LENGTH) {
    errors.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  return errors;
}

interface NewUserModalProps {
  opened: boolean;
  onClose: () => void;
}

export function NewUserModal({ opened, onClose }: NewUserModalProps) {
  const [values, setValues] = useState<NewUserValues>(EMPTY_VALUES);
  const [localErrors, setLocalErrors] = useState<Partial<Record<NewUserField, string>>>({});
  const { teams } = useTeams();
  const { createUser, loading, error, reset } = useCreateUser();
  // A duplicate email comes back as CONFLICT, usually without a field name.
  const { fieldErrors, formErrors } = splitFormErrors(error, NEW_USER_FIELDS, { CONFLICT: 'email' });
  const errorFor = (field: NewUserField) => localErrors[field] ?? fieldErrors[field];

  const update = <TField extends NewUserField>(field: TField, value: NewUserValues[TField]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setLocalErrors((current) => ({ ...current, [field]: undefined }));
    reset();
  };

  const close = () => {
    setValues(EMPTY_VALUES);
    setLocalErrors({});
    reset();
    onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validate(values);
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) {
      return;
    }
    const user = await createUser({
      name: values.name.trim(),
      email: values.email.trim(),
      title: values.title.trim() || null,
      role: values.role,
      teamId: values.teamId,
      password: values.password,
    });
    if (user) {
      notifySuccess(`${user.name} can now sign in to Byline.`);
      close();
    }
  };

  return (
    <Modal opened={opened} onClose={close} title="New user" size="lg" centered>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="New user">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label="Name"
              required
              data-autofocus
              value={values.name}
              error={errorFor('name')}
              onChange={(event) => update('name', event.currentTarget.value)}
            />
            <TextInput
              label="Email"
              type="email"
              required
              autoComplete="off"
              value={values.email}
              error={errorFor('email')}
              onChange={(event) => update('email', event.currentTarget.value)}
            />
            <TextInput
              label="Title"
              placeholder="e.g. Account Executive"
              value={values.title}
              error={errorFor('title')}
              onChange={(event) => update('title', event.currentTarget.value)}
            />
            <Select
              label="Role"
              required
              data={ROLE_OPTIONS}
              value={values.role}
              allowDeselect={false}
              error={errorFor('role')}
              onChange={(value) => {
                if (isRole(value)) {
                  update('role', value);
                }
              }}
            />
            <Select
              label="Team"
              placeholder="No team"
              clearable
              searchable
              data={teams.map((team) => ({ value: team.id, label: team.name }))}
              value={values.teamId}
              error={errorFor('teamId')}
              nothingFoundMessage="No team with that name"
              onChange={(value) => update('teamId', value)}
            />
            <PasswordInput
              label="Initial password"
              required
              autoComplete="new-password"
              description={`At least ${MIN_PASSWORD_LENGTH} characters. Share it with them privately.`}
              value={values.password}
              error={errorFor('password')}
              onChange={(event) => update('password', event.currentTarget.value)}
            />
          </SimpleGrid>
          {formErrors.length > 0 ? (
            <Alert color="red" variant="light" role="alert">
              {formErrors.join(' ')}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Create user
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
