// The page's Content-Security-Policy, defined once (contentSecurityPolicy.json, which the Vite
// config reads too): Electron sends it as a header with every app:// response, and the web build
// carries it in a meta tag. The page may load only its own files; inline styles stay allowed
// because React sets style attributes. Directives a meta tag cannot carry (browsers ignore them
// there) are sent by the header only. `connect-src` also allows ws: and wss: (WebSockets only,
// nothing else) for team sync: the server is whatever address the analyst enters in Settings, so
// no one host can be named in advance.
import policy from './contentSecurityPolicy.json';

/** The policy as an HTTP header sends it. */
export const CONTENT_SECURITY_POLICY = [...policy.directives, ...policy.headerOnlyDirectives].join('; ');

/** The same policy for `<meta http-equiv="Content-Security-Policy">`. */
export const CONTENT_SECURITY_POLICY_META = policy.directives.join('; ');
