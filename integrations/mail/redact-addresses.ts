/** Provider messages sometimes quote an address: logs and job errors must not. */
export const redactAddresses = (text: string): string => text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '‹address›')
