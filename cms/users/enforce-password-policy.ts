import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { describeError, requestLocale } from '../errors'
import { passwordProblem } from './password-problem'

// Operations that set a password. Never `login`: an account whose password predates the policy must still sign in.
const settingPassword = new Set(['create', 'update', 'resetPassword'])

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

/**
 * Refuses a weak or common password wherever one is set: creating a user (admin, first-user screen, seed), changing
 * it (account page, REST, GraphQL, Local API) and the forgot-password reset. A beforeOperation hook, because
 * resetPassword runs no field validation (it hashes the password straight away) while every one of these operations
 * runs this hook first. The refusal is a field error on `password`, so the admin shows it under the field.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!settingPassword.has(operation)) return args
  const data = (args as { data?: Record<string, unknown> }).data
  const password = data?.password
  if (typeof password !== 'string' || password === '') return args
  const problem = passwordProblem({ password, userInputs: [text(data?.email), text(data?.name)].filter((v): v is string => v !== undefined) })
  if (!problem) return args
  const { message } = describeError({ code: problem.code, params: problem.params, locale: requestLocale(req) })
  throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message }], req }, req.t)
}
