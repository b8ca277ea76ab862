import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import type { LoginRequest, LoginResponse } from '@/lib/api-types';
import { tokenStore } from '@/lib/auth-tokens';
import { queryKeys } from '@/lib/query-keys';

/** Field messages are translation keys. */
export const loginInputSchema = z.object({
  username: z.string().trim().min(1, 'auth.usernameRequired'),
  password: z.string().min(1, 'auth.passwordRequired'),
});

export type LoginInput = z.infer<typeof loginInputSchema>;

export function login(input: LoginRequest): Promise<LoginResponse> {
  // A 401 here means a wrong password, not an expired session: no refresh.
  return api.post<LoginResponse>('/api/v1/auth/login', input, { auth: false });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async (response) => {
      queryClient.clear();
      tokenStore.set({ accessToken: response.access_token, refreshToken: response.refresh_token });
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}
