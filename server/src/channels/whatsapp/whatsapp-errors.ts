// Meta's error codes that decide what the agent is told and whether a retry can help.
// https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes
export function whatsappFailureCode(code: number): string {
  switch (code) {
    case 131047:
      return 'WINDOW_CLOSED';
    case 131026:
      return 'RECIPIENT_UNAVAILABLE';
    case 131051:
      return 'UNSUPPORTED_MESSAGE';
    case 132000:
    case 132001:
    case 132005:
    case 132007:
    case 132012:
    case 132015:
    case 132016:
      return 'TEMPLATE_REJECTED';
    case 130429:
    case 131048:
    case 131056:
    case 4:
    case 80007:
      return 'RATE_LIMITED';
    case 190:
    case 0:
    case 3:
    case 10:
    case 200:
      return 'NOT_AUTHORISED';
    case 131000:
    case 1:
    case 2:
    case 131016:
      return 'PROVIDER_UNAVAILABLE';
    default:
      return 'REJECTED';
  }
}

/** Throttling and Meta's own outages pass; everything else will fail the same way again. */
export function isRetryableWhatsAppCode(failureCode: string): boolean {
  return failureCode === 'RATE_LIMITED' || failureCode === 'PROVIDER_UNAVAILABLE';
}
