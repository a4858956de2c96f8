/** Adds an external script by DOM API (the CSP allows only the registry's hosts; no inline code is ever injected). */
export const addScript = ({ src, id }: { src: string; id: string }): void => {
  if (document.getElementById(id)) return
  const script = document.createElement('script')
  script.id = id
  script.async = true
  script.src = src
  document.head.appendChild(script)
}
