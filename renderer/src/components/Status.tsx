// Loading and error states every screen shows the same way.
export function Loading() {
  return <p className="muted">Đang tải…</p>;
}

export function ErrorBox({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="alert alert-error" role="alert">
      <span>{message}</span>
      {onRetry ? (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          Thử lại
        </button>
      ) : null}
    </div>
  );
}
