// Toast notices in a live region: errors are announced at once (role=alert) and stay until dismissed; the others
// time out, but not while the pointer or the keyboard focus is on them.
import { dismissNotice, holdNotice, releaseNotice, runNoticeAction } from "../../app/actions/notices";
import { useApp, type Notice } from "../../app/state";
import { Icon } from "../common/Icon";

export function Notices() {
  const notices = useApp((s) => s.notices);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => <NoticeCard key={n.id} notice={n} />)}
    </div>
  );
}

function NoticeCard({ notice }: { notice: Notice }) {
  const hold = () => holdNotice(notice.id);
  const release = () => releaseNotice(notice.id);
  return (
    <div
      className={`notice notice-${notice.tone}`}
      role={notice.tone === "error" ? "alert" : "status"}
      onMouseEnter={hold}
      onMouseLeave={release}
      onFocus={hold}
      onBlur={release}
    >
      <p className="notice-message">
        {notice.message}
        {(notice.repeats ?? 1) > 1 && <span className="notice-repeats" aria-label={`${notice.repeats} times`}> ×{notice.repeats}</span>}
      </p>
      {notice.actionLabel && (
        <button type="button" className="button small" onClick={() => runNoticeAction(notice.id)}>{notice.actionLabel}</button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismissNotice(notice.id)}>
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}
