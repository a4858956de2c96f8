import { GraphQLError, type ASTNode } from 'graphql'

/**
 * The error every limit reports: refused during validation, so nothing runs. graphql-http answers 400 when the client
 * accepts application/graphql-response+json, and (as the GraphQL-over-HTTP spec asks) 200 with only `errors` for plain
 * application/json; `extensions.statusCode` says 400 either way, like Payload's own errors.
 */
export const limitError = ({ message, node }: { message: string; node: ASTNode }) =>
  new GraphQLError(message, { nodes: [node], extensions: { code: 'QUERY_LIMIT_EXCEEDED', statusCode: 400 } })
