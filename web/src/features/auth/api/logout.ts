import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { tokenStore } from '@/lib/auth-tokens';

/** Revokes the session on the server; the tokens are forgotten whatever the answer. */
export async function logout(): Promise<void> {
  const stored = tokenStore.get();
  try {
    if (stored) {
      await api.post('/api/v1/auth/logout', { refresh_token: stored.refreshToken }, { auth: false });
    }
  } finally {
    tokenStore.clear();
  }
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
    },
  });
}
