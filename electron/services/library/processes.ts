/**
 * Whether the process that owns a trash or an import is still running. Deleted documents stay
 * restorable, and staged imports stay, while the process that made them runs; after it ends they
 * are removed by the next process to open the library.
 */

/** Whether a process with this id is running on this machine (one of another user counts too). */
export function isProcessRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user. ESRCH: there is no such process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
