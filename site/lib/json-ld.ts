/**
 * JSON for a <script type="application/ld+json">: "<" is escaped so no text from the CMS can close the script
 * element ("</script>") or open a comment.
 */
export const jsonLd = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
