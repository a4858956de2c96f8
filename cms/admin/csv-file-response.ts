/** An export's download: UTF-8 CSV as an attachment, never cached, never sniffed as something else. */
export const csvFileResponse = ({ filename, csv }: { filename: string; csv: string }): Response =>
  new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
