/** When registration closes: the deadline the marketer set, else the start (nobody registers for a running webinar). */
export const registrationDeadline = ({ webinar }: { webinar: { start: string; registrationDeadline?: string | null } }): Date => {
  const start = new Date(webinar.start)
  const deadline = webinar.registrationDeadline ? new Date(webinar.registrationDeadline) : start
  return deadline.getTime() < start.getTime() ? deadline : start
}
