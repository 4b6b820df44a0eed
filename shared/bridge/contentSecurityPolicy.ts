// The page's Content-Security-Policy, defined once: Electron sends it as a header with every
// app:// response, and the web build carries it in a meta tag. The page may load only its own
// files; inline styles stay allowed because React sets style attributes.

const DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** Directives a meta tag cannot carry (browsers ignore them there), so only the header has them. */
const HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'none'"];

/** The policy as an HTTP header sends it. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ');

/** The same policy for `<meta http-equiv="Content-Security-Policy">`. */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.join('; ');
