// In-page navigation (a single-page app changing its URL without loading a page): noticed by comparing
// the address once a second, which costs one string comparison and catches every router.
export function watchLocation(win: Window, signal: AbortSignal, onChange: () => void, everyMs = 1000): void {
  let last = win.location.href;
  const timer = win.setInterval(() => {
    const now = win.location.href;
    if (now === last) return;
    last = now;
    onChange();
  }, everyMs);
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
}
