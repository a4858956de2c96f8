/** A webinar's life: planned, on air, over, or called off (a cancelled one closes registration and mails a cancellation). */
export const webinarStatuses = ['scheduled', 'live', 'ended', 'cancelled'] as const
export type WebinarStatus = (typeof webinarStatuses)[number]

/** A person's seat: held, waiting for one, or given back (by them, or because the webinar was cancelled). */
export const registrationStatuses = ['confirmed', 'waitlisted', 'cancelled'] as const
export type RegistrationStatus = (typeof registrationStatuses)[number]

/** The professions the registration form asks about (the contact record's list). */
export const webinarProfessions = ['psychologist', 'therapist', 'coach', 'other'] as const
