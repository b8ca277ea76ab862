import { useCallback, useEffect, useRef, useState } from 'react';
import { followCalls, openCallStream } from '../api/call-stream';
import type { CallState, LiveCall } from '../api/types';

/** More than this many open calls: the oldest leave the stack. */
const MAX_SHOWN = 8;

const STAGE: Readonly<Record<CallState, number>> = { ringing: 0, answered: 1, ended: 2 };

export interface LiveCalls {
  /** The calls to show, newest first. */
  calls: readonly LiveCall[];
  /** Closes a call's panel; its later events (answered, ended) do not open it again. */
  dismiss: (callId: number) => void;
}

/**
 * Follows the signed-in user's calls while `enabled` (the user has an extension): a call shows
 * when it first comes, and its later events update it in place (never back to an earlier state).
 */
export function useLiveCalls(enabled: boolean): LiveCalls {
  const [calls, setCalls] = useState<readonly LiveCall[]>([]);
  const dismissed = useRef(new Set<number>());

  useEffect(() => {
    if (!enabled) return undefined;
    return followCalls({
      openStream: openCallStream,
      onCall: (call) => {
        if (dismissed.current.has(call.id)) return;
        setCalls((current) => {
          const at = current.findIndex((c) => c.id === call.id);
          if (at === -1) return [call, ...current].slice(0, MAX_SHOWN);
          if (STAGE[call.state] < STAGE[current[at]!.state]) return current;
          const next = [...current];
          next[at] = call;
          return next;
        });
      },
    });
  }, [enabled]);

  const dismiss = useCallback((callId: number) => {
    dismissed.current.add(callId);
    setCalls((current) => current.filter((c) => c.id !== callId));
  }, []);

  return { calls, dismiss };
}
