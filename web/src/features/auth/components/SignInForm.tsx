import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, CircularProgress, TextField } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/components/errors/describe-error';
import { isApiError } from '@/lib/api-client';
import { splitDuration } from '@/lib/format';
import { applyServerFieldErrors } from '@/lib/form-errors';
import { loginInputSchema, useLogin, type LoginInput } from '../api/login';
import { translateServerMessage } from '@/lib/server-messages';

export interface SignInFormProps {
  onSuccess: () => void;
}

export function SignInForm({ onSuccess }: SignInFormProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<LoginInput>({
    resolver: zodResolver(loginInputSchema),
    defaultValues: { username: '', password: '' },
  });

  const messageOf = (key: string | undefined): string | undefined => {
    if (!key) return undefined;
    // Our schema's messages are translation keys; the server's are plain text.
    return key.startsWith('auth.') ? t(key as 'auth.usernameRequired') : translateServerMessage(key, t);
  };

  const explain = (error: unknown): string => {
    if (isApiError(error) && error.code === 'INVALID_CREDENTIALS') return t('auth.invalidCredentials');
    if (isApiError(error) && error.status === 429) {
      if (error.retryAfter === null) return t('auth.tooManyAttemptsNoWait');
      const { unit, count } = splitDuration(error.retryAfter);
      return t('auth.tooManyAttempts', { wait: t(`duration.${unit}`, { count }) });
    }
    const rest = applyServerFieldErrors(error, setError, ['username', 'password']);
    return rest.length > 0 ? rest.map((m) => translateServerMessage(m, t)).join('; ') : describeError(error, t).message;
  };

  const handleValid = (values: LoginInput) => {
    setFormError(null);
    login.mutate(values, {
      onSuccess,
      onError: (error) => setFormError(explain(error)),
    });
  };

  return (
    <Box component="form" noValidate onSubmit={handleSubmit(handleValid)} sx={{ display: 'grid', gap: 2 }}>
      {formError ? (
        <Alert severity="error" role="alert">
          {formError}
        </Alert>
      ) : null}
      <TextField
        {...register('username')}
        id="username"
        label={t('auth.username')}
        autoComplete="username"
        autoFocus
        size="medium"
        error={Boolean(errors.username)}
        helperText={messageOf(errors.username?.message)}
      />
      <TextField
        {...register('password')}
        id="password"
        type="password"
        label={t('auth.password')}
        autoComplete="current-password"
        size="medium"
        error={Boolean(errors.password)}
        helperText={messageOf(errors.password?.message)}
      />
      <Button
        type="submit"
        variant="contained"
        size="large"
        disabled={login.isPending}
        startIcon={login.isPending ? <CircularProgress size={18} color="inherit" /> : undefined}
      >
        {login.isPending ? t('auth.submitting') : t('auth.submit')}
      </Button>
    </Box>
  );
}
