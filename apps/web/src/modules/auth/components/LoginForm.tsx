import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { splitFormErrors } from '../../../core/graphql-errors';
import { useLogin } from '../hooks/useLogin';

interface LoginFormProps {
  onSignedIn: () => void;
}

const LOGIN_FIELDS = ['email', 'password'] as const;

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const { login, loading, error, reset } = useLogin();
  const { fieldErrors, formErrors } = splitFormErrors(error, LOGIN_FIELDS);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const required = {
      email: email.trim() ? undefined : 'Enter your work email.',
      password: password ? undefined : 'Enter your password.',
    };
    setMissing(required);
    if (required.email || required.password) {
      return;
    }
    if (await login(email.trim(), password)) {
      onSignedIn();
    }
  };

  const clearErrorOnEdit = () => {
    setMissing({});
    if (error) {
      reset();
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Sign in">
      <Stack gap="md">
        <TextInput
          label="Work email"
          type="email"
          name="email"
          autoComplete="username"
          placeholder="you@company.com"
          required
          value={email}
          error={missing.email ?? fieldErrors.email}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
            clearErrorOnEdit();
          }}
        />
        <PasswordInput
          label="Password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          error={missing.password ?? fieldErrors.password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            clearErrorOnEdit();
          }}
        />
        {formErrors.length > 0 ? (
          <Alert color="red" variant="light" role="alert" data-testid="login-error">
            {formErrors.join(' ')}
          </Alert>
        ) : null}
        <Button type="submit" fullWidth loading={loading} mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
