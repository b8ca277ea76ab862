import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CallRequested } from './types';

/** Click-to-call: the PBX rings the user's extension, then the number (202). */
export function startCall(phoneNumber: string): Promise<CallRequested> {
  return api.post<CallRequested>('/api/v1/softphone/calls', { phone_number: phoneNumber });
}

export function useStartCall() {
  return useMutation({ mutationFn: startCall });
}
