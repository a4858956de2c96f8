/**
 * Loads the ALTCHA widget (a chunk of its own, ~30 KB gzipped) only when a person starts on a sign-up form: the
 * first focus inside a form that holds a widget. Pages stay within the before-consent JavaScript budget, and the
 * proof-of-work is ready by the time the form is submitted (a form sent before that gets the no-JS check).
 */
export const startSignUpForms = ({ document, load }: { document: Document; load: () => Promise<unknown> }): void => {
  if (!document.querySelector('altcha-widget')) return
  const onFocus = (event: Event) => {
    const form = event.target instanceof Element ? event.target.closest('form') : null
    if (!form?.querySelector('altcha-widget')) return
    document.removeEventListener('focusin', onFocus)
    void load()
  }
  document.addEventListener('focusin', onFocus)
}
