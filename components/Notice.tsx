/** A status line of the options page: an error is announced at once (alert), anything else politely. */
export interface NoticeState {
  kind: 'ok' | 'error';
  text: string;
}

export function Notice({ notice }: { notice: NoticeState | null | undefined }) {
  if (!notice) return null;
  return (
    <p class={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      {notice.text}
    </p>
  );
}
