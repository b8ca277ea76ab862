import { useCallback, useEffect, useState } from 'react';
import { followReminders, openReminderStream, type DueReminder } from '../api/reminder-stream';

export interface DueReminders {
  /** The reminder to show now, or null. */
  current: DueReminder | null;
  /** How many more wait behind it. */
  waiting: number;
  /** Done with the current one: the next is shown. */
  dismiss: () => void;
}

const same = (a: DueReminder, b: DueReminder) => a.id === b.id && a.reminder_at === b.reminder_at;

/**
 * Follows the signed-in user's reminders while `enabled` (the user may read numbers) and queues
 * them, one shown at a time: several may come due in the same minute.
 */
export function useDueReminders(enabled: boolean): DueReminders {
  const [queue, setQueue] = useState<readonly DueReminder[]>([]);

  useEffect(() => {
    if (!enabled) return undefined;
    return followReminders({
      openStream: openReminderStream,
      onReminder: (reminder) => setQueue((q) => (q.some((r) => same(r, reminder)) ? q : [...q, reminder])),
    });
  }, [enabled]);

  const dismiss = useCallback(() => setQueue((q) => q.slice(1)), []);
  return { current: queue[0] ?? null, waiting: Math.max(0, queue.length - 1), dismiss };
}
