/**
 * Hides the policy notice for a visitor who dismissed this version before (remembered in localStorage), and shows
 * the dismiss button only where it can work (with JavaScript).
 */
export const startPolicyNotice = ({ document, storage }: { document: Document; storage: Pick<Storage, 'getItem' | 'setItem'> }): void => {
  const notice = document.querySelector<HTMLElement>('[data-policy-notice]')
  const key = notice?.dataset.policyNotice
  if (!notice || !key) return
  const remembered = (() => {
    try {
      return storage.getItem(key) === 'dismissed'
    } catch {
      return false
    }
  })()
  if (remembered) {
    notice.hidden = true
    return
  }
  const close = notice.querySelector<HTMLButtonElement>('[data-policy-notice-close]')
  if (!close) return
  close.classList.add('is-ready')
  close.addEventListener('click', () => {
    notice.hidden = true
    try {
      storage.setItem(key, 'dismissed')
    } catch {
      // Storage blocked: dismissed for this page view only.
    }
  })
}
