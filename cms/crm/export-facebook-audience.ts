import type { PayloadRequest } from 'payload'

import { sha256 } from '../../config/sha256'
import { spreadsheetDay } from '../../config/spreadsheet-time'
import { adsConsentWordings } from '../contacts'
import { DomainError } from '../errors'
import { currentPolicyVersion } from '../policy'
import { findFacebookAudience } from './find-facebook-audience'

export type FacebookAudienceFile = { filename: string; csv: string; peopleCount: number; fileHash: string; exportId: number | string }

/**
 * The Facebook customer list (header `email`, one SHA-256 per line, as Facebook's upload takes it) and its record in
 * `audience-exports`: who exported, when, how many people, the policy version in force and the ads wording in every
 * language (the consent revision the grants rest on), and the SHA-256 of the file itself. The record is written
 * before the file is handed out, so no file leaves without one. Refused while no policy is in force: the record
 * must name one.
 */
export const exportFacebookAudience = async ({ req, now = new Date() }: { req: PayloadRequest; now?: Date }): Promise<FacebookAudienceFile> => {
  const { payload } = req
  const policy = await currentPolicyVersion({ payload, now })
  if (!policy) throw new DomainError({ code: 'crm.audience-no-policy' })
  const hashes = await findFacebookAudience({ payload })
  const csv = ['email', ...hashes].join('\n') + '\n'
  const fileHash = sha256({ text: csv })
  const record = await payload.create({
    collection: 'audience-exports',
    overrideAccess: true,
    depth: 0,
    req,
    data: {
      audience: 'facebook',
      ...(req.user?.collection === 'users' ? { exportedBy: req.user.id as number } : {}),
      exportedAt: now.toISOString(),
      peopleCount: hashes.length,
      policyVersion: policy.id,
      policyLabel: policy.versionLabel,
      adsWordings: adsConsentWordings(),
      fileHash,
    },
  })
  return { filename: `facebook-audience-${spreadsheetDay(now)}.csv`, csv, peopleCount: hashes.length, fileHash, exportId: record.id }
}
