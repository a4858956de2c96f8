import type { Purpose } from '../../config/processors/purposes'

/** Why a form collects data (the policy: "een formulier … om je interesse te tonen", "wedstrijden of promoties"). */
export const formPurposes = ['contact', 'interest', 'promotion', 'contest'] as const satisfies readonly Purpose[]
export type FormPurpose = (typeof formPurposes)[number]
