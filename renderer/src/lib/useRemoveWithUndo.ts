// Removal without a confirm dialog: the row goes at once and the toast offers "Hoàn tác", which
// adds back what the removal returned.
import { useToast } from '../components/Toasts';
import { errorText } from './useApi';

export interface Removal<T> {
  remove: () => Promise<T>;
  restore: (removed: T) => Promise<unknown>;
  reload: () => Promise<void>;
  /** What to read again after "Hoàn tác" (default: reload). */
  afterRestore?: () => Promise<void>;
  messages: (removed: T) => { removed: string; restored: string };
}

export function useRemoveWithUndo(): <T>(r: Removal<T>) => Promise<void> {
  const toast = useToast();
  return async ({ remove, restore, reload, afterRestore, messages }) => {
    try {
      const removed = await remove();
      await reload();
      const say = messages(removed);
      toast({
        message: say.removed,
        tone: 'info',
        action: {
          label: 'Hoàn tác',
          run: async () => {
            try {
              await restore(removed);
              await (afterRestore ?? reload)();
              toast({ message: say.restored });
            } catch (e) {
              toast({ message: errorText(e), tone: 'error' });
            }
          },
        },
      });
    } catch (e) {
      toast({ message: errorText(e), tone: 'error' });
    }
  };
}
