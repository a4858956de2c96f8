import type { ExecutionArgs, ValidationRule } from 'graphql'

import { maxAliases } from './max-aliases'
import { maxDepth } from './max-depth'
import { maxRequestedDocuments } from './max-requested-documents'
import { maxRootFields } from './max-root-fields'

/*
 * Per request. Root fields and aliases: ordinary queries use a handful. Depth: the deepest block-and-relationship
 * query the site could ask is about six levels. Documents: one list of up to 1000 (what REST also allows, and what the
 * access tests ask) is fine; 200 aliased lists of 100 (20 000 documents) froze the process for 10 s.
 */
export const graphqlLimits = { maxRootFields: 20, maxAliases: 20, maxDepth: 8, maxRequestedDocuments: 1000 }

/** Payload's `graphQL.validationRules`: every limit, checked before anything executes. */
export const graphqlValidationRules = (args: ExecutionArgs): ValidationRule[] => [
  maxRootFields({ max: graphqlLimits.maxRootFields }),
  maxAliases({ max: graphqlLimits.maxAliases }),
  maxDepth({ max: graphqlLimits.maxDepth }),
  maxRequestedDocuments({ max: graphqlLimits.maxRequestedDocuments, variables: args.variableValues ?? undefined }),
]
