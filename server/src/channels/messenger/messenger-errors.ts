// Meta's Graph errors for Pages (Send API, comments, private replies): what the agent is told, and whether a retry
// can help. https://developers.facebook.com/docs/messenger-platform/error-codes
export function messengerFailureCode(code: number, subcode: number | null): string {
  switch (subcode) {
    // (#551) "This person isn't available right now": what Meta answers once the reply window has closed;
    // (#10) "This message is sent outside of allowed window."
    case 1545041:
    case 2018278:
    case 2018065:
      return 'WINDOW_CLOSED';
    // (#10) "This person isn't receiving messages from you right now"; (#100) "No matching user found".
    case 2018108:
    case 2018001:
      return 'RECIPIENT_UNAVAILABLE';
    // (#100) "Attachment size exceeds allowable limit".
    case 2018109:
      return 'MEDIA_TOO_LARGE';
    // (#4) "Too many send requests to phone numbers".
    case 2018022:
      return 'RATE_LIMITED';
  }
  switch (code) {
    case 551:
      return 'RECIPIENT_UNAVAILABLE';
    // (#10900) "Activity already replied to": a comment gets one private reply, ever.
    case 10900:
      return 'PRIVATE_REPLY_USED';
    case 4:
    case 17:
    case 32:
    case 613:
    case 80001:
      return 'RATE_LIMITED';
    case 1:
    case 2:
    case 1200:
      return 'PROVIDER_UNAVAILABLE';
    case 10:
    case 102:
    case 190:
    case 200:
    case 230:
      return 'NOT_AUTHORISED';
    default:
      return code >= 200 && code <= 299 ? 'NOT_AUTHORISED' : 'REJECTED';
  }
}

/** Throttling and Meta's own hiccups pass; everything else will fail the same way again. */
export function isRetryableMessengerCode(failureCode: string): boolean {
  return failureCode === 'RATE_LIMITED' || failureCode === 'PROVIDER_UNAVAILABLE';
}
