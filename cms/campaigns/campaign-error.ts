/** A campaign action refused, with the HTTP status the endpoint answers and a message a marketer can act on. */
export class CampaignError extends Error {
  readonly status: 400 | 404 | 409

  constructor({ status, message }: { status: 400 | 404 | 409; message: string }) {
    super(message)
    this.name = 'CampaignError'
    this.status = status
  }
}
